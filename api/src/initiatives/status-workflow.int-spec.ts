import { TestApp, type TestUser } from '../../../test/support/test-app';

const CHANGE = `mutation($input: ChangeStatusInput!) {
  changeInitiativeStatus(input: $input) { id status awaitingResponse statusHistory { from to note at by { id } } }
}`;
const EDIT = 'mutation($input: EditInitiativeInput!) { editInitiative(input: $input) { id title body orientation tags } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawInitiative(id: $id) }';
const HISTORY = 'query($id: ID!) { initiative(id: $id) { status statusHistory { from to note by { id } } } }';

describe('status workflow (DESIGN.md §3)', () => {
  let app: TestApp;
  let manager: TestUser;
  let admin: TestUser;
  let author: TestUser;
  let other: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, admin, author, other] = await Promise.all([app.user('MANAGER'), app.user('ADMIN'), app.user('EMPLOYEE'), app.user('EMPLOYEE')]);
    space = await app.space('INTERNAL', 'OPEN', { responseSlaDays: 3 });
  });
  afterAll(() => app.close());

  const move = (id: string, status: string, note?: string, as = manager) => app.gql(CHANGE, { input: { initiativeId: id, status, note } }, as.token);
  const historyCount = async (id: string) => (await app.db.query('SELECT count(*)::int AS n FROM status_changes WHERE initiative_id = $1', [id]))[0].n;

  it('only managers and admins move initiatives', async () => {
    const id = await app.initiative(space.id, author);
    expect((await move(id, 'UNDER_REVIEW', undefined, author)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move(id, 'UNDER_REVIEW', undefined, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move(id, 'UNDER_REVIEW', 'Looking at it', admin)).errors).toBeUndefined();
  });

  it('walks the whole life of an initiative and keeps every answer in order', async () => {
    const id = await app.initiative(space.id, author);
    for (const [status, note] of [
      ['UNDER_REVIEW', 'The store committee reads it on Monday.'],
      ['DECLINED', 'Not this year: the budget is spent.'],
      ['UNDER_REVIEW', 'Reopened: budget found.'],
      ['SELECTED', undefined],
      ['IN_PROGRESS', 'Pilot in Lille.'],
      ['IMPLEMENTED', 'Live in every store.'],
    ]) {
      const result = await move(id, status as string, note);
      expect(result.errors).toBeUndefined();
    }
    const data = await app.ok(HISTORY, { id }, other.token);
    expect(data.initiative.status).toBe('IMPLEMENTED');
    expect(data.initiative.statusHistory).toEqual([
      { from: 'SUBMITTED', to: 'UNDER_REVIEW', note: 'The store committee reads it on Monday.', by: { id: manager.id } },
      { from: 'UNDER_REVIEW', to: 'DECLINED', note: 'Not this year: the budget is spent.', by: { id: manager.id } },
      { from: 'DECLINED', to: 'UNDER_REVIEW', note: 'Reopened: budget found.', by: { id: manager.id } },
      { from: 'UNDER_REVIEW', to: 'SELECTED', note: null, by: { id: manager.id } },
      { from: 'SELECTED', to: 'IN_PROGRESS', note: 'Pilot in Lille.', by: { id: manager.id } },
      { from: 'IN_PROGRESS', to: 'IMPLEMENTED', note: 'Live in every store.', by: { id: manager.id } },
    ]);
    const [row] = await app.db.query('SELECT first_response_at, created_at FROM initiatives WHERE id = $1', [id]);
    expect(row.first_response_at).not.toBeNull();
  });

  it.each([
    ['SUBMITTED', 'IMPLEMENTED'],
    ['SUBMITTED', 'SELECTED'],
    ['SUBMITTED', 'SUBMITTED'],
    ['SUBMITTED', 'MERGED'],
  ])('refuses %s → %s with BAD_USER_INPUT on status and records nothing', async (_from, to) => {
    const id = await app.initiative(space.id, author);
    const result = await move(id, to, 'A note');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { status: expect.any(String) } });
    expect(await historyCount(id)).toBe(0);
    expect((await app.ok(HISTORY, { id }, manager.token)).initiative.status).toBe('SUBMITTED');
  });

  it('requires a note to decline', async () => {
    const id = await app.initiative(space.id, author);
    for (const note of [undefined, '', '   ']) {
      const result = await move(id, 'DECLINED', note);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
    }
    expect(await historyCount(id)).toBe(0);
  });

  it('serialises concurrent answers: of two identical moves exactly one lands', async () => {
    const id = await app.initiative(space.id, author);
    const results = await Promise.all([move(id, 'UNDER_REVIEW', 'first'), move(id, 'UNDER_REVIEW', 'second'), move(id, 'UNDER_REVIEW', 'third')]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'BAD_USER_INPUT').length).toBe(2);
    expect(await historyCount(id)).toBe(1);
  });

  it('is NOT_FOUND on an initiative the manager cannot see… which is none: managers see everything', async () => {
    expect((await move('00000000-0000-4000-8000-000000000000', 'UNDER_REVIEW')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  describe('awaiting a response', () => {
    it('filters in SQL: still SUBMITTED past the deadline, counted and paged', async () => {
      const quick = await app.space('COMMUNITY', 'OPEN', { responseSlaDays: 1 });
      const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      const lateA = await app.initiative(quick.id, author, { createdAt: old });
      const lateB = await app.initiative(quick.id, author, { createdAt: old });
      const answered = await app.initiative(quick.id, author, { createdAt: old });
      const fresh = await app.initiative(quick.id, author);
      await move(answered, 'UNDER_REVIEW', 'On it');
      const query = 'query($filter: InitiativeFilter) { initiatives(filter: $filter) { totalCount nodes { id awaitingResponse } } }';
      const awaiting = await app.ok(query, { filter: { spaceId: quick.id, awaitingResponse: true } }, manager.token);
      expect(awaiting.initiatives.totalCount).toBe(2);
      expect(new Set(awaiting.initiatives.nodes.map((n: { id: string }) => n.id))).toEqual(new Set([lateA, lateB]));
      expect(awaiting.initiatives.nodes.every((n: { awaitingResponse: boolean }) => n.awaitingResponse)).toBe(true);
      const notAwaiting = await app.ok(query, { filter: { spaceId: quick.id, awaitingResponse: false } }, manager.token);
      expect(new Set(notAwaiting.initiatives.nodes.map((n: { id: string }) => n.id))).toEqual(new Set([answered, fresh]));
    });

    it('with a zero-day deadline, a new idea is due at once', async () => {
      const instant = await app.space('INTERNAL', 'OPEN', { responseSlaDays: 0 });
      const id = await app.initiative(instant.id, author);
      expect((await app.ok('query($id: ID!) { initiative(id: $id) { awaitingResponse } }', { id }, author.token)).initiative.awaitingResponse).toBe(true);
    });
  });

  describe('editInitiative and withdrawInitiative', () => {
    it('lets the author edit only the given fields while SUBMITTED', async () => {
      const id = await app.initiative(space.id, author, { title: 'Original title', tags: ['keep'] });
      const data = await app.ok(EDIT, { input: { id, title: '  Better title  ', tags: ['New', 'new', 'other'] } }, author.token);
      expect(data.editInitiative).toMatchObject({ title: 'Better title', body: 'A body', tags: ['new', 'other'] });
    });

    it('refuses other people (FORBIDDEN), answered initiatives (BAD_USER_INPUT) and bad values', async () => {
      const id = await app.initiative(space.id, author);
      expect(await app.code(EDIT, { input: { id, title: 'Hijacked title' } }, other.token)).toBe('FORBIDDEN');
      expect(await app.code(EDIT, { input: { id, title: 'Tiny' } }, author.token)).toBe('BAD_USER_INPUT');
      await move(id, 'UNDER_REVIEW', 'Reading it');
      expect(await app.code(EDIT, { input: { id, title: 'Too late to edit' } }, author.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(WITHDRAW, { id }, author.token)).toBe('BAD_USER_INPUT');
    });

    it('withdraws the author’s own SUBMITTED initiative, which then no longer exists', async () => {
      const id = await app.initiative(space.id, author);
      expect(await app.code(WITHDRAW, { id }, other.token)).toBe('FORBIDDEN');
      expect((await app.ok(WITHDRAW, { id }, author.token)).withdrawInitiative).toBe(true);
      expect(await app.code(HISTORY, { id }, author.token)).toBe('NOT_FOUND');
    });

    it('is NOT_FOUND for an initiative in a space the author can no longer see', async () => {
      const club = await app.space('INTERNAL', 'INVITE_ONLY', { members: [author] });
      const id = await app.initiative(club.id, author);
      await app.db.query('DELETE FROM space_members WHERE space_id = $1', [club.id]);
      expect(await app.code(EDIT, { input: { id, title: 'Still mine?' } }, author.token)).toBe('NOT_FOUND');
      expect(await app.code(WITHDRAW, { id }, author.token)).toBe('NOT_FOUND');
    });
  });
});
