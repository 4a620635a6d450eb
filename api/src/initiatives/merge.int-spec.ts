import { TestApp, type TestUser } from '../../../test/support/test-app';

const MERGE = 'mutation($input: MergeInput!) { mergeInitiatives(input: $input) { id voteCount followerCount } }';
const VOTE = 'mutation($id: ID!) { voteInitiative(initiativeId: $id) { voteCount } }';
const FOLLOW = 'mutation($id: ID!) { followInitiative(initiativeId: $id) { id } }';
const SHOW = 'query($id: ID!) { initiative(id: $id) { status voteCount followerCount viewerHasVoted mergedInto { id } statusHistory { to note } } }';

describe('mergeInitiatives', () => {
  let app: TestApp;
  let manager: TestUser;
  let author: TestUser;
  let people: TestUser[];
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    manager = await app.user('MANAGER');
    author = await app.user('EMPLOYEE');
    people = [];
    for (let i = 0; i < 5; i += 1) people.push(await app.user(i % 2 ? 'CUSTOMER' : 'EMPLOYEE'));
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  const merge = (sourceId: string, targetId: string, note = 'Same idea as the other one.', as = manager) =>
    app.gql(MERGE, { input: { sourceId, targetId, note } }, as.token);

  it('moves votes and followers without double counting and tells the duplicate’s people', async () => {
    const source = await app.initiative(space.id, author, { title: 'Self-checkout on Saturdays' });
    const target = await app.initiative(space.id, people[4], { title: 'More tills on Saturdays' });
    // people 0,1,2 vote for the duplicate; 1,2,3 for the target: 1 and 2 voted for both.
    for (const p of people.slice(0, 3)) await app.ok(VOTE, { id: source }, p.token);
    for (const p of people.slice(1, 4)) await app.ok(VOTE, { id: target }, p.token);
    await app.ok(FOLLOW, { id: source }, manager.token);
    const result = await merge(source, target);
    expect(result.errors).toBeUndefined();
    expect(result.data?.mergeInitiatives).toMatchObject({ id: target, voteCount: 4 });
    const [{ votes, follows, vote_count, follower_count }] = await app.db.query(
      `SELECT (SELECT count(*)::int FROM votes WHERE initiative_id = $1) AS votes, (SELECT count(*)::int FROM follows WHERE initiative_id = $1) AS follows,
              vote_count, follower_count FROM initiatives WHERE id = $1`,
      [target],
    );
    expect([vote_count, follower_count]).toEqual([votes, follows]);
    expect(votes).toBe(4);
    // people 0..3 voted (so follow), plus the duplicate's author and the manager who followed it
    expect(follows).toBe(6);
    const merged = (await app.ok(SHOW, { id: source }, people[0].token)).initiative;
    expect(merged).toMatchObject({ status: 'MERGED', voteCount: 0, followerCount: 0, viewerHasVoted: false, mergedInto: { id: target } });
    expect(merged.statusHistory).toEqual([{ to: 'MERGED', note: 'Same idea as the other one.' }]);
    expect((await app.ok(SHOW, { id: target }, people[0].token)).initiative.viewerHasVoted).toBe(true);
    // the duplicate's author and its followers are told, the manager is not
    const told: { recipient_id: string }[] = await app.db.query(`SELECT recipient_id FROM notifications WHERE kind = 'MERGED' AND initiative_id = $1`, [source]);
    expect(new Set(told.map((t) => t.recipient_id))).toEqual(new Set([author.id, ...people.slice(0, 3).map((p) => p.id)]));
  });

  it('keeps the trending score consistent with the moved votes', async () => {
    const source = await app.initiative(space.id, author);
    const target = await app.initiative(space.id, author);
    await app.ok(VOTE, { id: source }, people[0].token);
    await app.ok(VOTE, { id: target }, people[1].token);
    await merge(source, target);
    const [row] = await app.db.query(
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
    const source = await app.initiative(space.id, author);
    let target = source;
    if (kind === 'other-space') target = await app.initiative((await app.space('COMMUNITY', 'OPEN')).id, author);
    if (kind === 'merged-target') {
      target = await app.initiative(space.id, author);
      const elsewhere = await app.initiative(space.id, author);
      expect((await merge(target, elsewhere)).errors).toBeUndefined();
    }
    await app.ok(VOTE, { id: source }, people[0].token);
    const result = await merge(source, target);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.ok(SHOW, { id: source }, manager.token)).initiative).toMatchObject({ status: 'SUBMITTED', voteCount: 1 });
  });

  it('refuses closed duplicates, missing notes and non-managers', async () => {
    const source = await app.initiative(space.id, author);
    const target = await app.initiative(space.id, author);
    expect((await merge(source, target, '   ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
    expect((await merge(source, target, 'Dup', author)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await app.db.query(`UPDATE initiatives SET status = 'IMPLEMENTED' WHERE id = $1`, [source]);
    expect((await merge(source, target)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sourceId: expect.any(String) } });
  });

  it('is NOT_FOUND for unknown initiatives', async () => {
    const target = await app.initiative(space.id, author);
    expect((await merge('00000000-0000-4000-8000-000000000000', target)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a merge target from being withdrawn', async () => {
    const source = await app.initiative(space.id, people[0]);
    const target = await app.initiative(space.id, author);
    await merge(source, target);
    expect(await app.code('mutation($id: ID!) { withdrawInitiative(id: $id) }', { id: target }, author.token)).toBe('BAD_USER_INPUT');
  });
});
