import { encodeCursor, idKey, Keyset, numberKey, timeKey } from './pagination';
import { SqlParameters } from './sql';

describe('Keyset', () => {
  const byVotes = new Keyset([numberKey('i.vote_count', 'integer'), timeKey('i.created_at'), idKey('i.id')], 'DESC', 'MOST_VOTED');
  const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const rows = [1, 2, 3].map((n) => ({
    id: uuid(n),
    'cursor.0': String(10 - n),
    'cursor.1': `2026-01-0${n}T00:00:00.000000Z`,
    'cursor.2': uuid(n),
  }));

  it('pages first + 1 rows, with the last kept row as the cursor', () => {
    const page = byVotes.page(rows, 2, 7, (row) => row.id);
    expect(page).toEqual({
      nodes: [uuid(1), uuid(2)],
      totalCount: 7,
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(['MOST_VOTED', 8, '2026-01-02T00:00:00.000000Z', uuid(2)]) },
    });
    expect(byVotes.page([], 2, 0, (row) => row).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('reads a cursor back as one row comparison, typed key by key', () => {
    const params = new SqlParameters();
    params.add('viewer');
    const cursor = byVotes.page(rows, 1, 3, (row) => row).pageInfo.endCursor ?? '';
    expect(byVotes.after(cursor, params)).toBe(
      '(i.vote_count, i.created_at, i.id) < (CAST($2 AS integer), CAST($3 AS timestamptz), CAST($4 AS uuid))',
    );
    expect(params.values).toEqual(['viewer', 9, '2026-01-01T00:00:00.000000Z', uuid(1)]);
    expect(byVotes.orderBy).toBe('i.vote_count DESC, i.created_at DESC, i.id DESC');
  });

  it('refuses a cursor of another order or another list', () => {
    const newest = new Keyset([timeKey('i.created_at'), idKey('i.id')], 'DESC', 'NEWEST');
    const cursor = byVotes.page(rows, 1, 3, (row) => row).pageInfo.endCursor ?? '';
    expect(() => newest.after(cursor, new SqlParameters())).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => byVotes.after('not-a-cursor', new SqlParameters())).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each([
    ['a bad time', ['MOST_VOTED', 8, 'yesterday', '00000000-0000-4000-8000-000000000001']],
    ['an impossible date', ['MOST_VOTED', 8, '2026-13-45T99:00:00.000000Z', '00000000-0000-4000-8000-000000000001']],
    ['an id that is not a uuid', ['MOST_VOTED', 8, '2026-01-01T00:00:00.000000Z', 'x']],
    ['a count out of range', ['MOST_VOTED', null, '2026-01-01T00:00:00.000000Z', '00000000-0000-4000-8000-000000000001']],
    ['a fractional count', ['MOST_VOTED', 1.5, '2026-01-01T00:00:00.000000Z', '00000000-0000-4000-8000-000000000001']],
  ])('refuses a well-formed cursor holding %s, before any SQL', (_, keys) => {
    // null stands for 1e400, which JSON can carry but a JS literal cannot: it parses to Infinity.
    const cursor = Buffer.from(JSON.stringify(keys).replace('null', '1e400'), 'utf8').toString('base64url');
    expect(() => byVotes.after(cursor, new SqlParameters())).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
