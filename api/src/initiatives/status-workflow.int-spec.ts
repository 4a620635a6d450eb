import { graphql } from '../../../test/support/gql';
import type { InitiativeStatus } from '../../../test/support/gql/graphql';
import { WithdrawInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const MoveInitiative = graphql(`
  mutation MoveInitiative($input: ChangeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
      status
      awaitingResponse
      statusHistory {
        from
        to
        note
        at
        by {
          id
        }
      }
    }
  }
`);

const EditInitiative = graphql(`
  mutation EditInitiative($input: EditInitiativeInput!) {
    editInitiative(input: $input) {
      id
      title
      body
      orientation
      tags
    }
  }
`);

const StatusHistory = graphql(`
  query StatusHistory($id: ID!) {
    initiative(id: $id) {
      status
      statusHistory {
        from
        to
        note
        by {
          id
        }
      }
    }
  }
`);

const AwaitingFeed = graphql(`
  query AwaitingFeed($filter: InitiativeFilter) {
    initiatives(filter: $filter) {
      totalCount
      nodes {
        id
        awaitingResponse
      }
    }
  }
`);

const IsAwaitingResponse = graphql(`
  query IsAwaitingResponse($id: ID!) {
    initiative(id: $id) {
      awaitingResponse
    }
  }
`);

const DAY_MS = 24 * 3600 * 1000;

describe('status workflow (docs/api.md#initiatives-and-their-life)', () => {
  let app: TestApp;
  let manager: TestUser;
  let admin: TestUser;
  let author: TestUser;
  let other: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, admin, author, other] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user(),
      app.make.user(),
    ]);
    space = await app.make.space({ kind: 'INTERNAL', responseSlaDays: 3 });
  });
  afterAll(() => app.close());

  const move = (initiativeId: string, status: InitiativeStatus, note?: string, by = manager) =>
    app.as(by).run(MoveInitiative, { input: { initiativeId, status, note } });
  const historyCount = async (id: string) =>
    (await app.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM status_changes WHERE initiative_id = $1', [id]))[0].n;
  const idea = async (fields: { title?: string; tags?: string[] } = {}) => (await app.make.initiative({ space, author, ...fields })).id;

  it('only managers and admins move initiatives', async () => {
    const id = await idea();
    expect(await move(id, 'UNDER_REVIEW', undefined, author)).toHaveErrorCode('FORBIDDEN');
    expect(await move(id, 'UNDER_REVIEW', undefined, other)).toHaveErrorCode('FORBIDDEN');
    expect((await move(id, 'UNDER_REVIEW', 'Looking at it', admin)).errors).toBeUndefined();
  });

  it('walks the whole life of an initiative and keeps every answer in order', async () => {
    const id = await idea();
    const moves: [InitiativeStatus, string | undefined][] = [
      ['UNDER_REVIEW', 'The store committee reads it on Monday.'],
      ['DECLINED', 'Not this year: the budget is spent.'],
      ['UNDER_REVIEW', 'Reopened: budget found.'],
      ['SELECTED', undefined],
      ['IN_PROGRESS', 'Pilot in Lille.'],
      ['IMPLEMENTED', 'Live in every store.'],
    ];
    for (const [status, note] of moves) expect((await move(id, status, note)).errors).toBeUndefined();
    const { initiative } = await app.as(other).send(StatusHistory, { id });
    expect(initiative?.status).toBe('IMPLEMENTED');
    expect(initiative?.statusHistory).toEqual([
      { from: 'SUBMITTED', to: 'UNDER_REVIEW', note: 'The store committee reads it on Monday.', by: { id: manager.id } },
      { from: 'UNDER_REVIEW', to: 'DECLINED', note: 'Not this year: the budget is spent.', by: { id: manager.id } },
      { from: 'DECLINED', to: 'UNDER_REVIEW', note: 'Reopened: budget found.', by: { id: manager.id } },
      { from: 'UNDER_REVIEW', to: 'SELECTED', note: null, by: { id: manager.id } },
      { from: 'SELECTED', to: 'IN_PROGRESS', note: 'Pilot in Lille.', by: { id: manager.id } },
      { from: 'IN_PROGRESS', to: 'IMPLEMENTED', note: 'Live in every store.', by: { id: manager.id } },
    ]);
    const [row] = await app.db.query<{ first_response_at: Date | null }[]>('SELECT first_response_at FROM initiatives WHERE id = $1', [id]);
    expect(row.first_response_at).not.toBeNull();
  });

  it.each<[InitiativeStatus, InitiativeStatus]>([
    ['SUBMITTED', 'IMPLEMENTED'],
    ['SUBMITTED', 'SELECTED'],
    ['SUBMITTED', 'SUBMITTED'],
    ['SUBMITTED', 'MERGED'],
  ])('refuses %s → %s with BAD_USER_INPUT on status and records nothing', async (_from, to) => {
    const id = await idea();
    const result = await move(id, to, 'A note');
    expect(result).toHaveErrorCode('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual({ status: expect.any(String) });
    expect(await historyCount(id)).toBe(0);
    expect((await app.as(manager).send(StatusHistory, { id })).initiative?.status).toBe('SUBMITTED');
  });

  it('requires a note to decline', async () => {
    const id = await idea();
    for (const note of [undefined, '', '   ']) {
      const result = await move(id, 'DECLINED', note);
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual({ note: expect.any(String) });
    }
    expect(await historyCount(id)).toBe(0);
  });

  it('serialises concurrent answers: of two identical moves exactly one lands', async () => {
    const id = await idea();
    const results = await Promise.all([
      move(id, 'UNDER_REVIEW', 'first'),
      move(id, 'UNDER_REVIEW', 'second'),
      move(id, 'UNDER_REVIEW', 'third'),
    ]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'BAD_USER_INPUT').length).toBe(2);
    expect(await historyCount(id)).toBe(1);
  });

  it('is NOT_FOUND on an initiative the manager cannot see… which is none: managers see everything', async () => {
    expect(await move('00000000-0000-4000-8000-000000000000', 'UNDER_REVIEW')).toHaveErrorCode('NOT_FOUND');
  });

  describe('awaiting a response', () => {
    it('filters in SQL: still SUBMITTED past the deadline, counted and paged', async () => {
      const quick = await app.make.space({ responseSlaDays: 1 });
      const old = new Date(Date.now() - 2 * DAY_MS);
      const [lateA, lateB, answered, fresh] = await Promise.all(
        [old, old, old, undefined].map(async (createdAt) => (await app.make.initiative({ space: quick, author, createdAt })).id),
      );
      await move(answered, 'UNDER_REVIEW', 'On it');
      const awaiting = (await app.as(manager).send(AwaitingFeed, { filter: { spaceId: quick.id, awaitingResponse: true } })).initiatives;
      expect(awaiting.totalCount).toBe(2);
      expect(new Set(awaiting.nodes.map((node) => node.id))).toEqual(new Set([lateA, lateB]));
      expect(awaiting.nodes.every((node) => node.awaitingResponse)).toBe(true);
      const notAwaiting = (await app.as(manager).send(AwaitingFeed, { filter: { spaceId: quick.id, awaitingResponse: false } }))
        .initiatives;
      expect(new Set(notAwaiting.nodes.map((node) => node.id))).toEqual(new Set([answered, fresh]));
    });

    it('with a zero-day deadline, a new idea is due at once', async () => {
      const instant = await app.make.space({ kind: 'INTERNAL', responseSlaDays: 0 });
      const { id } = await app.make.initiative({ space: instant, author });
      expect((await app.as(author).send(IsAwaitingResponse, { id })).initiative?.awaitingResponse).toBe(true);
    });
  });

  describe('editInitiative and withdrawInitiative', () => {
    it('lets the author edit only the given fields while SUBMITTED', async () => {
      const id = await idea({ title: 'Original title', tags: ['keep'] });
      const { editInitiative } = await app
        .as(author)
        .send(EditInitiative, { input: { id, title: '  Better title  ', tags: ['New', 'new', 'other'] } });
      expect(editInitiative).toMatchObject({ title: 'Better title', body: 'A body', tags: ['new', 'other'] });
    });

    it('refuses other people (FORBIDDEN), answered initiatives (BAD_USER_INPUT) and bad values', async () => {
      const id = await idea();
      await expect(app.as(other).send(EditInitiative, { input: { id, title: 'Hijacked title' } })).rejects.toHaveErrorCode('FORBIDDEN');
      await expect(app.as(author).send(EditInitiative, { input: { id, title: 'Tiny' } })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await move(id, 'UNDER_REVIEW', 'Reading it');
      await expect(app.as(author).send(EditInitiative, { input: { id, title: 'Too late to edit' } })).rejects.toHaveErrorCode(
        'BAD_USER_INPUT',
      );
      await expect(app.as(author).send(WithdrawInitiative, { id })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    });

    it('withdraws the author’s own SUBMITTED initiative, which then no longer exists', async () => {
      const id = await idea();
      await expect(app.as(other).send(WithdrawInitiative, { id })).rejects.toHaveErrorCode('FORBIDDEN');
      expect((await app.as(author).send(WithdrawInitiative, { id })).withdrawInitiative).toBe(true);
      await expect(app.as(author).send(StatusHistory, { id })).rejects.toHaveErrorCode('NOT_FOUND');
    });

    it('is NOT_FOUND for an initiative in a space the author can no longer see', async () => {
      const club = await app.make.space({ kind: 'INTERNAL', access: 'INVITE_ONLY', members: [author] });
      const { id } = await app.make.initiative({ space: club, author });
      await app.db.query('DELETE FROM space_members WHERE space_id = $1', [club.id]);
      await expect(app.as(author).send(EditInitiative, { input: { id, title: 'Still mine?' } })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(author).send(WithdrawInitiative, { id })).rejects.toHaveErrorCode('NOT_FOUND');
    });
  });
});
