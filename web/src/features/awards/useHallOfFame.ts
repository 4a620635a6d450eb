import { useQuery } from '@apollo/client/react';

import { PAGINATION } from '@red-chair/domain';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const HallOfFameQuery = graphql(`
  query HallOfFame($first: Int!, $after: String) {
    hallOfFame(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        citation
        grantedAt
        award {
          id
          name
          description
        }
        initiative {
          id
          title
          space {
            id
            name
            slug
          }
          author {
            id
            displayName
          }
        }
        grantedBy {
          id
          displayName
        }
      }
    }
  }
`);

/** Live grants, newest first, in pages; `loadMore` appends the next page (see apollo.ts). */
export function useHallOfFame() {
  const result = useQuery(HallOfFameQuery, {
    variables: { first: PAGINATION.defaultFirst },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.hallOfFame, result.fetchMore) };
}
