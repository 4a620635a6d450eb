import { useQuery } from '@apollo/client/react';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const AwaitingQueueQuery = graphql(`
  query AwaitingQueue($spaceId: ID!, $first: Int!, $after: String) {
    initiatives(filter: { spaceId: $spaceId, awaitingResponse: true }, sort: OLDEST, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        createdAt
        responseDueAt
        voteCount
        author {
          id
          displayName
        }
      }
    }
  }
`);

/** A space's initiatives still SUBMITTED past their response deadline, oldest first; always fresh. */
export function useAwaitingQueue(spaceId: string | undefined) {
  const result = useQuery(AwaitingQueueQuery, {
    variables: { spaceId: spaceId ?? '', first: 50 },
    skip: !spaceId,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.initiatives, result.fetchMore, 'li > div > a') };
}
