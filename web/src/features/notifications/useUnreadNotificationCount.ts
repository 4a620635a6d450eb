import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** How often the header asks for the unread count (there is no live push yet). */
export const UNREAD_POLL_MS = 60_000;

/** The header badge's number, polled every minute while someone is signed in. */
export function useUnreadNotificationCount({ skip = false }: { skip?: boolean } = {}) {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { pollInterval: UNREAD_POLL_MS, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  return { count: data?.unreadNotificationCount ?? 0, refetch };
}
