import { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, Observable, of } from 'rxjs';

import { connectionPolicy, lazyLink } from './apollo';

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

describe('lazyLink', () => {
  const operation = {
    query: parse('subscription Pushed { pushed }'),
    variables: {},
    operationName: 'Pushed',
  } as unknown as ApolloLink.Operation;
  const forward = (() => of({})) as ApolloLink.ForwardFunction;

  it('loads its code on the first request only, then answers through it', async () => {
    const load = jest.fn(() => Promise.resolve(() => of({ data: { pushed: 1 } })));
    const link = lazyLink(load);
    expect(load).not.toHaveBeenCalled();
    await expect(firstValueFrom(link.request(operation, forward))).resolves.toEqual({ data: { pushed: 1 } });
    await firstValueFrom(link.request(operation, forward));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never subscribes when the request is cancelled before the code arrives', async () => {
    const subscribed = jest.fn();
    const link = lazyLink(() => Promise.resolve(() => new Observable<ApolloLink.Result>(() => subscribed())));
    link.request(operation, forward).subscribe().unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(subscribed).not.toHaveBeenCalled();
  });
});
