import { useQuery } from '@apollo/client/react';

import type { InitiativeStatus } from '@red-chair/domain';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const RoadmapColumnQuery = graphql(`
  query RoadmapColumn($filter: InitiativeFilter!, $first: Int!, $after: String) {
    initiatives(filter: $filter, sort: MOST_VOTED, first: $first, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...RoadmapCard_initiative
      }
    }
  }
`);

/** A column shows its most supported ideas first; more on demand. */
export const ROADMAP_PAGE = 10;

/** One column of a space's roadmap: its initiatives in one status, most voted first, in pages of 10. */
export function useRoadmapColumn(spaceId: string, status: InitiativeStatus) {
  const result = useQuery(RoadmapColumnQuery, {
    variables: { filter: { spaceId, status: [status] }, first: ROADMAP_PAGE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.initiatives, result.fetchMore, 'h3 a') };
}
