import { graphql } from '../../../test/support/gql';
import { subscribeWhenListening } from '../../../test/support/live';
import { ChangeInitiativeStatus } from '../../../test/support/operations';
import { REDIS_STATE_ENV, REQUIRE_REDIS_ENV, TEST_REDIS_URL } from '../../../test/support/redis';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { notificationTopic } from './live-events.service';

const redisState = process.env[REDIS_STATE_ENV] ?? 'test/support/jest-global-setup.ts did not probe Redis';
const redisUp = redisState === 'up';

const FanOutNotification = graphql(`
  subscription FanOutNotification {
    notificationAdded {
      message
    }
  }
`);

if (!redisUp && process.env[REQUIRE_REDIS_ENV] === '1') {
  describe('REDIS_URL: two API instances serve one audience', () => {
    it(`needs Redis (${REQUIRE_REDIS_ENV}=1)`, () => {
      throw new Error(`Redis is required here, but ${redisState}`);
    });
  });
}

// Skipped, not silently passed, when no Redis answers: the title says why (and global-setup prints it,
// as Jest lists nothing of a wholly skipped file).
(redisUp ? describe : describe.skip)(`REDIS_URL: two API instances serve one audience${redisUp ? '' : ` (skipped: ${redisState})`}`, () => {
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let author: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    first = await TestApp.start({ REDIS_URL: TEST_REDIS_URL });
    second = await first.sibling({ REDIS_URL: TEST_REDIS_URL });
    firstUrl = await first.listen();
    [author, manager] = await Promise.all([first.make.user({ role: 'EMPLOYEE' }), first.make.user({ role: 'MANAGER' })]);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('delivers on one instance what happened on the other', async () => {
    const space = await first.make.space();
    const { id } = await first.make.initiative({ space, author, followers: [author] });
    // Listening on the first instance means subscribed in Redis: the engine waits for SUBSCRIBE's answer.
    const live = await subscribeWhenListening(
      first.topics,
      notificationTopic(author.id),
      firstUrl,
      FanOutNotification,
      {},
      { token: author.token },
    );
    // The answer is given through the second instance, whose in-process listeners know nothing of the socket.
    await second
      .as(manager)
      .send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Answered from the other instance.' } });
    const event = await live.next();
    expect(event.data?.notificationAdded.message).toContain('Answered from the other instance.');
    await live.close();
  });
});
