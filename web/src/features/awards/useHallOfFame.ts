import { useQuery } from '@apollo/client/react';
import { PAGINATION } from '@red-chair/domain';
import { useState } from 'react';
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
  const result = useQuery(HallOfFameQuery, { variables: { first: PAGINATION.defaultFirst }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const page = result.data?.hallOfFame;
  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await result.fetchMore({ variables: { after: page.pageInfo.endCursor } });
    } catch (error) {
      setLoadMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };
  return { ...result, page, loadMore, loadingMore, loadMoreError };
}
