import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The header badge's number: read once, then kept current by `notificationAdded` (LiveNotifications). */
export function useUnreadNotificationCount({ skip = false }: { skip?: boolean } = {}) {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, {
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { count: data?.unreadNotificationCount ?? 0, refetch };
}
