import { listeningApp, waitUntil } from '../../../test/support/live';
import { VoteInitiative } from '../../../test/support/operations';
import type { TestUser } from '../../../test/support/test-app';
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

describe('a live event costs the same statements for every listener, however many (issue 13)', () => {
  const served = listeningApp();

  it('reads once for 2 listeners or for 10 people holding 30 subscriptions, and answers each as their viewer', async () => {
    const { app } = served;
    const author = await app.make.user({ role: 'EMPLOYEE' });
    const supporter = await app.make.user({ role: 'EMPLOYEE' });
    const colleagues: TestUser[] = [];
    for (let n = 0; n < 8; n += 1) colleagues.push(await app.make.user({ role: n % 2 ? 'EMPLOYEE' : 'MANAGER' }));
    const voter = await app.make.user({ role: 'EMPLOYEE' });
    const space = await app.make.space({ kind: 'INTERNAL' });
    const initiative = await app.make.initiative({ space, author });
    await app.as(supporter).send(VoteInitiative, { initiativeId: initiative.id });
    await app.make.comment({ initiative, author: supporter, body: 'Yes, please.' });

    const updates = new Map<TestUser, Update[]>([author, supporter, ...colleagues].map((person) => [person, []]));
    const live = app.app.get(LiveEventsService);
    const topic = initiativeTopic(initiative.id);
    const subscribe = async (people: TestUser[], count: number) => {
      for (const person of people) {
        const socket = served.openSocket(person.token);
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
      const expected = live.subscriberCount(topic) + people.length * count;
      await waitUntil('the subscriptions were not registered', () => live.subscriberCount(topic) >= expected);
    };
    const heard = (total: number) => waitUntil(`fewer than ${total} updates arrived`, () => [...updates.values()].flat().length >= total);

    await subscribe([author, supporter], 1);
    const twoListeners = await app.countStatements(async () => {
      await app.as(voter).send(VoteInitiative, { initiativeId: initiative.id });
      await heard(2);
    });

    // The same two hold 10 more subscriptions each, and 8 more people listen.
    await subscribe([author, supporter], 10);
    await subscribe(colleagues, 1);
    const thirtyListeners = await app.countStatements(async () => {
      await app.as(voter).runUntypedDocument('mutation ($id: ID!) { unvoteInitiative(initiativeId: $id) { id } }', { id: initiative.id });
      await heard(2 + 30);
    });

    // Without the sharing, each subscription, or each person, would read the comments, history and awards again.
    expect(thirtyListeners).toBeLessThanOrEqual(twoListeners);
    const latest = (person: TestUser) => updates.get(person)!.slice(person === author || person === supporter ? 1 : 0);
    expect(latest(author)).toHaveLength(11);
    expect(latest(supporter)).toHaveLength(11);
    for (const person of [author, ...colleagues]) {
      for (const update of latest(person)) {
        expect(update.data?.initiativeUpdated).toMatchObject({ voteCount: 1, viewerHasVoted: false, comments: [{ body: 'Yes, please.' }] });
      }
    }
    for (const update of latest(supporter)) {
      expect(update.data?.initiativeUpdated).toMatchObject({ voteCount: 1, viewerHasVoted: true, comments: [{ body: 'Yes, please.' }] });
    }
  });
});
