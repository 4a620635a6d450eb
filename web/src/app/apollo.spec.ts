import { connectionPolicy } from './apollo';

type Merge = (existing: unknown, incoming: unknown, options: { args: Record<string, unknown> | null }) => unknown;
const merge = connectionPolicy(['filter']).merge as unknown as Merge;
const ref = (id: string) => ({ __ref: `Initiative:${id}` });

describe('connectionPolicy', () => {
  const first = { nodes: [ref('1'), ref('2')], pageInfo: { endCursor: 'c2', hasNextPage: true }, totalCount: 3 };
  const second = { nodes: [ref('2'), ref('3')], pageInfo: { endCursor: 'c3', hasNextPage: false }, totalCount: 3 };

  it('appends a page fetched with `after`, without duplicates, and takes its pageInfo', () => {
    expect(merge(first, second, { args: { after: 'c2' } })).toEqual({
      nodes: [ref('1'), ref('2'), ref('3')],
      pageInfo: { endCursor: 'c3', hasNextPage: false },
      totalCount: 3,
    });
  });

  it('starts over for a request without `after` (refetch)', () => {
    expect(merge(first, second, { args: { first: 20 } })).toBe(second);
    expect(merge(undefined, first, { args: null })).toBe(first);
  });
});
