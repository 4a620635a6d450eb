import { useQuery } from '@apollo/client/react';

import { PAGINATION } from '@red-chair/domain';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';
import type { InitiativeSort, InitiativeStatus, Orientation } from '../../gql/graphql';

const InitiativeFeedQuery = graphql(`
  query InitiativeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {
    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...InitiativeCard_initiative
      }
    }
  }
`);

export interface FeedFilter {
  spaceId: string | undefined;
  status?: InitiativeStatus | null;
  orientation?: Orientation | null;
  awaitingResponse?: boolean;
  /** Full text: the API ranks by relevance when the sort is RELEVANCE (or NEWEST). */
  search?: string | null;
  tag?: string | null;
  sort?: InitiativeSort;
}

/**
 * A space's initiatives in the chosen order (newest first by default), in pages of 20; `loadMore`
 * appends the next page (see apollo.ts). Cache-first: coming back to a feed shows the pages already loaded, where the person left them
 * (a network refresh would shrink the list back to one page). Proposing drops cached feeds.
 */
export function useInitiativeFeed({ spaceId, status, orientation, awaitingResponse, search, tag, sort = 'NEWEST' }: FeedFilter) {
  const filter = {
    spaceId,
    ...(status ? { status: [status] } : {}),
    ...(orientation ? { orientation } : {}),
    ...(awaitingResponse ? { awaitingResponse: true } : {}),
    ...(search ? { search } : {}),
    ...(tag ? { tag } : {}),
  };
  const result = useQuery(InitiativeFeedQuery, {
    variables: { filter, sort, first: PAGINATION.defaultFirst },
    skip: !spaceId,
    fetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.initiatives, result.fetchMore) };
}
