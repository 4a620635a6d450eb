import type { Client } from 'graphql-ws';

import { openBearerSocket, waitUntil } from '../../../test/support/live';
import { VoteInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { initiativeTopic, LiveEventsService } from './live-events.service';

/** What the web's initiative page asks of each push: the lists cost a statement each to load. */
const PAGE_UPDATES = `subscription PageUpdates($id: ID!) {
  initiativeUpdated(id: $id) {
    id
    voteCount
    viewerHasVoted
    comments { id body author { displayName } }
    statusHistory { to note }
    awards { citation }
  }
}`;

interface Update {
  data?: { initiativeUpdated: { voteCount: number; viewerHasVoted: boolean; comments: { body: string }[] } };
  errors?: unknown;
}

describe('one execution per viewer and event, shared by that viewer’s subscriptions (issue 13)', () => {
  let app: TestApp;
  let baseUrl: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    baseUrl = await app.listen();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await app.close();
  });

  it('costs the same statements for 11 subscriptions per person as for 1, and each gets its own viewer’s answer', async () => {
    const author = await app.make.user({ role: 'EMPLOYEE' });
    const supporter = await app.make.user({ role: 'EMPLOYEE' });
    const voter = await app.make.user({ role: 'EMPLOYEE' });
    const space = await app.make.space({ kind: 'INTERNAL' });
    const initiative = await app.make.initiative({ space, author });
    await app.as(supporter).send(VoteInitiative, { initiativeId: initiative.id });
    await app.make.comment({ initiative, author: supporter, body: 'Yes, please.' });

    const updates = new Map<TestUser, Update[]>([
      [author, []],
      [supporter, []],
    ]);
    const live = app.app.get(LiveEventsService);
    const topic = initiativeTopic(initiative.id);
    const subscribe = async (count: number) => {
      for (const person of [author, supporter]) {
        const socket = openBearerSocket(baseUrl, person.token);
        sockets.push(socket);
        for (let n = 0; n < count; n += 1) {
          socket.subscribe<Update['data']>(
            { query: PAGE_UPDATES, variables: { id: initiative.id } },
            {
              next: (result) => updates.get(person)!.push(result as Update),
              error: (errors) => updates.get(person)!.push({ errors }),
              complete: () => undefined,
            },
          );
        }
      }
      const expected = live.subscriberCount(topic) + 2 * count;
      await waitUntil('the subscriptions were not registered', () => live.subscriberCount(topic) >= expected);
    };
    const heard = (total: number) => waitUntil(`fewer than ${total} updates arrived`, () => [...updates.values()].flat().length >= total);

    await subscribe(1);
    const oneEach = await app.countStatements(async () => {
      await app.as(voter).send(VoteInitiative, { initiativeId: initiative.id });
      await heard(2);
    });

    await subscribe(10);
    const elevenEach = await app.countStatements(async () => {
      await app.as(voter).runUntypedDocument('mutation ($id: ID!) { unvoteInitiative(initiativeId: $id) { id } }', { id: initiative.id });
      await heard(2 + 22);
    });

    // Without the sharing, each extra subscription would load the comments, the history and the awards again.
    expect(elevenEach).toBeLessThanOrEqual(oneEach);
    const latest = (person: TestUser) => updates.get(person)!.slice(1);
    expect(latest(author)).toHaveLength(11);
    expect(latest(supporter)).toHaveLength(11);
    for (const update of latest(author)) {
      expect(update.data?.initiativeUpdated).toMatchObject({ voteCount: 1, viewerHasVoted: false, comments: [{ body: 'Yes, please.' }] });
    }
    for (const update of latest(supporter)) {
      expect(update.data?.initiativeUpdated).toMatchObject({ voteCount: 1, viewerHasVoted: true, comments: [{ body: 'Yes, please.' }] });
    }
  });
});
