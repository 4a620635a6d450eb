import { useQuery } from '@apollo/client/react';

import { PAGINATION } from '@red-chair/domain';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

export const NotificationHistoryQuery = graphql(`
  query NotificationHistory($first: Int!, $after: String) {
    unreadNotificationCount
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...NotificationItem_notification
      }
    }
  }
`);

/** Every notification of the viewer, newest first, in pages; `loadMore` appends the next one. */
export function useNotificationHistory() {
  const result = useQuery(NotificationHistoryQuery, {
    variables: { first: PAGINATION.defaultFirst },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { ...result, ...usePagedQuery(result.data?.notifications, result.fetchMore, 'a') };
}
