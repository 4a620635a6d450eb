import { print } from 'graphql';

import { graphql } from '../../../test/support/gql';
import { listeningApp, waitUntil } from '../../../test/support/live';
import { VoteInitiative } from '../../../test/support/operations';
import type { TestUser } from '../../../test/support/test-app';
import { MAX_SOCKETS_PER_PERSON, MAX_SUBSCRIPTIONS_PER_SOCKET } from './live-connections';
import { initiativeTopic, LiveEventsService } from './live-events.service';

const PEOPLE = Number(process.env.FAN_OUT_PEOPLE ?? 100);
const SUBSCRIPTIONS = PEOPLE * MAX_SOCKETS_PER_PERSON * MAX_SUBSCRIPTIONS_PER_SOCKET; // 10,000

const FanOutUpdates = print(
  graphql(`
    subscription FanOutUpdates($id: ID!) {
      initiativeUpdated(id: $id) {
        id
        voteCount
        viewerHasVoted
        space {
          id
        }
        author {
          displayName
        }
      }
    }
  `),
);

const FeedDuringFanOut = graphql(`
  query FeedDuringFanOut {
    initiatives(first: 20) {
      nodes {
        id
        title
        voteCount
      }
    }
  }
`);

interface Update {
  data?: { initiativeUpdated: { voteCount: number; viewerHasVoted: boolean } };
  errors?: unknown;
}

describe('live fan-out at scale (issue 13)', () => {
  const served = listeningApp();

  it(`loads one vote once for ${SUBSCRIPTIONS.toLocaleString('en')} subscribers, filters it per viewer, and answers other people meanwhile`, async () => {
    const { app } = served;
    // An invite-only community: its members see the initiative, a member removed before the event must not.
    const people: TestUser[] = [];
    for (let n = 0; n < PEOPLE; n += 1) people.push(await app.make.user({ role: n % 2 === 0 ? 'CUSTOMER' : 'EMPLOYEE' }));
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY', members: people });
    const initiative = await app.make.initiative({ space, author: people[0] });
    const voter = await app.make.user({ role: 'EMPLOYEE' });
    const bystander = await app.make.user({ role: 'CUSTOMER' });
    await app.make.initiative({ space: await app.make.space({ kind: 'COMMUNITY' }), author: bystander });

    const received = new Map<TestUser, Update[]>(people.map((person) => [person, []]));
    let delivered = 0;
    for (const person of people) {
      for (let s = 0; s < MAX_SOCKETS_PER_PERSON; s += 1) {
        const socket = served.openSocket(person.token);
        for (let k = 0; k < MAX_SUBSCRIPTIONS_PER_SOCKET; k += 1) {
          socket.subscribe<Update['data']>(
            { query: FanOutUpdates, variables: { id: initiative.id } },
            {
              next: (result) => {
                received.get(person)!.push(result as Update);
                delivered += 1;
              },
              error: (error) => received.get(person)!.push({ errors: (error as { code?: number }).code ?? error }),
              complete: () => undefined,
            },
          );
        }
      }
    }
    const live = app.app.get(LiveEventsService);
    const topic = initiativeTopic(initiative.id);
    const opening = performance.now();
    await waitUntil(
      `${SUBSCRIPTIONS} subscriptions were not registered`,
      () => live.subscriberCount(topic) === SUBSCRIPTIONS,
      180_000,
    ).catch((error: Error) => {
      const refused = [...received.values()].flat().length;
      const first = JSON.stringify([...received.values()].flat()[0]);
      throw new Error(`${error.message}: ${live.subscriberCount(topic)} registered, ${refused} refused, first ${first}`);
    });
    process.stdout.write(`registered ${SUBSCRIPTIONS} in ${Math.round(performance.now() - opening)} ms\n`);

    // A customer removed from the space now: their 100 subscriptions stay open but must hear nothing.
    const removed = people[0];
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [space.id, removed.id]);
    const expected = SUBSCRIPTIONS - MAX_SOCKETS_PER_PERSON * MAX_SUBSCRIPTIONS_PER_SOCKET;

    let feedMs = -1;
    let deliveredWhenAsked = -1;
    const statements = await app.countStatements(async () => {
      await app.as(voter).send(VoteInitiative, { initiativeId: initiative.id });
      await waitUntil('the fan-out did not start', () => delivered > 0, 10_000);
      deliveredWhenAsked = delivered;
      const started = performance.now();
      await app.as(bystander).send(FeedDuringFanOut);
      feedMs = performance.now() - started;
      await waitUntil(`only ${delivered} of ${expected} subscribers heard the vote`, () => delivered >= expected, 30_000);
    });

    // Another person's query during the fan-out: it is answered (timings are the benchmark's business, not a
    // test's — the figure is printed for the record: the 500 clients decode 10,000 messages in this process).
    process.stdout.write(`feed in ${Math.round(feedMs)} ms, asked after ${deliveredWhenAsked} of ${expected} deliveries\n`);
    expect(feedMs).toBeGreaterThan(0);
    // The vote's own statements, one load for all 10,000, the bystander's feed: not 10,000.
    expect(statements).toBeLessThan(30);
    for (const [person, updates] of received) {
      if (person === removed) {
        expect(updates).toEqual([]);
        continue;
      }
      expect(updates).toHaveLength(MAX_SOCKETS_PER_PERSON * MAX_SUBSCRIPTIONS_PER_SOCKET);
      expect(updates[0]).toEqual({
        data: {
          initiativeUpdated: {
            id: initiative.id,
            voteCount: 1,
            viewerHasVoted: false,
            space: { id: space.id },
            author: { displayName: people[0].displayName },
          },
        },
      });
    }
    expect(delivered).toBe(expected);
    // Memory, like time, is the benchmark's to judge: this Jest worker has run other files before this one
    // and holds 500 clients besides the server, so its RSS says little about the server's. Printed for the record.
    process.stdout.write(`worker RSS ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB\n`);
  }, 300_000);
});
