import { useQuery } from '@apollo/client/react';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const YouSaidWeDidQuery = graphql(`
  query YouSaidWeDid($spaceId: ID!, $first: Int!, $after: String) {
    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        implementedAt
        followUpNote
        voteCount
        commentCount
        author {
          id
          displayName
        }
      }
    }
  }
`);

/** A space's implemented initiatives, most recently implemented first, page by page ("Load more"). */
export function useYouSaidWeDid(spaceId: string | undefined) {
  const result = useQuery(YouSaidWeDidQuery, {
    variables: { spaceId: spaceId ?? '', first: 12 },
    skip: !spaceId,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.youSaidWeDid, result.fetchMore, 'h2 a') };
}
