import { graphql } from '../../../test/support/gql';
import { FollowInitiative, VoteInitiative, WithdrawInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const MergeInitiatives = graphql(`
  mutation MergeInitiatives($input: MergeInput!) {
    mergeInitiatives(input: $input) {
      id
      voteCount
      followerCount
    }
  }
`);

const MergedInitiative = graphql(`
  query MergedInitiative($id: ID!) {
    initiative(id: $id) {
      status
      voteCount
      followerCount
      viewerHasVoted
      mergedInto {
        id
      }
      statusHistory {
        to
        note
      }
    }
  }
`);

describe('mergeInitiatives', () => {
  let app: TestApp;
  let manager: TestUser;
  let author: TestUser;
  let people: TestUser[];
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    manager = await app.make.user({ role: 'MANAGER' });
    author = await app.make.user();
    people = [];
    for (let i = 0; i < 5; i += 1) people.push(await app.make.user({ role: i % 2 ? 'CUSTOMER' : 'EMPLOYEE' }));
    space = await app.make.space();
  });
  afterAll(() => app.close());

  const merge = (sourceId: string, targetId: string, note = 'Same idea as the other one.', by = manager) =>
    app.as(by).run(MergeInitiatives, { input: { sourceId, targetId, note } });
  const idea = async (fields: { title?: string; author?: TestUser; space?: { id: string } } = {}) =>
    (await app.make.initiative({ space, author, ...fields })).id;
  const vote = (initiativeId: string, voter: TestUser) => app.as(voter).send(VoteInitiative, { initiativeId });
  const show = async (id: string, viewer: TestUser) => (await app.as(viewer).send(MergedInitiative, { id })).initiative;

  it('moves votes and followers without double counting and tells the duplicate’s people', async () => {
    const source = await idea({ title: 'Self-checkout on Saturdays' });
    const target = await idea({ author: people[4], title: 'More tills on Saturdays' });
    // people 0,1,2 vote for the duplicate; 1,2,3 for the target: 1 and 2 voted for both.
    for (const person of people.slice(0, 3)) await vote(source, person);
    for (const person of people.slice(1, 4)) await vote(target, person);
    await app.as(manager).send(FollowInitiative, { initiativeId: source });
    const result = await merge(source, target);
    expect(result.errors).toBeUndefined();
    expect(result.data?.mergeInitiatives).toMatchObject({ id: target, voteCount: 4 });
    const [{ votes, follows, vote_count, follower_count }] = await app.db.query<
      { votes: number; follows: number; vote_count: number; follower_count: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM votes WHERE initiative_id = $1) AS votes, (SELECT count(*)::int FROM follows WHERE initiative_id = $1) AS follows,
              vote_count, follower_count FROM initiatives WHERE id = $1`,
      [target],
    );
    expect([vote_count, follower_count]).toEqual([votes, follows]);
    expect(votes).toBe(4);
    // people 0..3 voted (so follow), plus the duplicate's author and the manager who followed it
    expect(follows).toBe(6);
    const merged = await show(source, people[0]);
    expect(merged).toMatchObject({ status: 'MERGED', voteCount: 0, followerCount: 0, viewerHasVoted: false, mergedInto: { id: target } });
    expect(merged?.statusHistory).toEqual([{ to: 'MERGED', note: 'Same idea as the other one.' }]);
    expect((await show(target, people[0]))?.viewerHasVoted).toBe(true);
    // the duplicate's author and its followers are told, the manager is not
    const told = await app.db.query<{ recipient_id: string }[]>(
      `SELECT recipient_id FROM notifications WHERE kind = 'MERGED' AND initiative_id = $1`,
      [source],
    );
    expect(new Set(told.map((row) => row.recipient_id))).toEqual(new Set([author.id, ...people.slice(0, 3).map((person) => person.id)]));
  });

  it('keeps the trending score consistent with the moved votes', async () => {
    const source = await idea();
    const target = await idea();
    await vote(source, people[0]);
    await vote(target, people[1]);
    await merge(source, target);
    const [row] = await app.db.query<{ trending_log: number; expected: number }[]>(
      `SELECT trending_log, (SELECT ln(sum(exp(trending_x(created_at)))) FROM votes WHERE initiative_id = $1) AS expected FROM initiatives WHERE id = $1`,
      [target],
    );
    expect(row.trending_log).toBeCloseTo(row.expected, 9);
  });

  it.each([
    ['itself', 'self'],
    ['another space', 'other-space'],
    ['a MERGED target', 'merged-target'],
  ])('refuses a merge into %s with BAD_USER_INPUT and changes nothing', async (_name, kind) => {
    const source = await idea();
    let target = source;
    if (kind === 'other-space') target = await idea({ space: await app.make.space() });
    if (kind === 'merged-target') {
      target = await idea();
      expect((await merge(target, await idea())).errors).toBeUndefined();
    }
    await vote(source, people[0]);
    expect(await merge(source, target)).toHaveErrorCode('BAD_USER_INPUT');
    expect(await show(source, manager)).toMatchObject({ status: 'SUBMITTED', voteCount: 1 });
  });

  it('refuses closed duplicates, missing notes and non-managers', async () => {
    const source = await idea();
    const target = await idea();
    const noNote = await merge(source, target, '   ');
    expect(noNote).toHaveErrorCode('BAD_USER_INPUT');
    expect(noNote.errors?.[0].extensions?.fields).toEqual({ note: expect.any(String) });
    expect(await merge(source, target, 'Dup', author)).toHaveErrorCode('FORBIDDEN');
    await app.db.query(`UPDATE initiatives SET status = 'IMPLEMENTED' WHERE id = $1`, [source]);
    const closed = await merge(source, target);
    expect(closed).toHaveErrorCode('BAD_USER_INPUT');
    expect(closed.errors?.[0].extensions?.fields).toEqual({ sourceId: expect.any(String) });
  });

  it('is NOT_FOUND for unknown initiatives', async () => {
    expect(await merge('00000000-0000-4000-8000-000000000000', await idea())).toHaveErrorCode('NOT_FOUND');
  });

  it('keeps a merge target from being withdrawn', async () => {
    const source = await idea({ author: people[0] });
    const target = await idea();
    await merge(source, target);
    await expect(app.as(author).send(WithdrawInitiative, { id: target })).rejects.toHaveErrorCode('BAD_USER_INPUT');
  });
});
