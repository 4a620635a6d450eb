import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

/** How many notifications the header menu lists. */
export const MENU_SIZE = 8;

export const LatestNotificationsQuery = graphql(`
  query LatestNotifications($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      totalCount
      nodes {
        id
        ...NotificationItem_notification
      }
    }
  }
`);

/**
 * The newest notifications, read each time the menu opens (the count comes along, so the badge is
 * fresh too). Cached ones show at once while the network answers.
 */
export function useLatestNotifications() {
  return useQuery(LatestNotificationsQuery, {
    variables: { first: MENU_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
