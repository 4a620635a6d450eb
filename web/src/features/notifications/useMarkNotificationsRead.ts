import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { graphql } from '../../gql';
import { UnreadNotificationCountQuery } from './useUnreadNotificationCount';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * Marks cached notifications read at once (all of them when `ids` is null) and lowers the cached
 * unread count by as many as changed; the server's count is fetched again afterwards.
 */
export function markReadInCache(cache: ApolloCache, ids: readonly string[] | null, now: string): number {
  const targets =
    ids ??
    Object.keys(cache.extract() as Record<string, unknown>)
      .filter((key) => key.startsWith('Notification:'))
      .map((key) => key.slice('Notification:'.length));
  let changed = 0;
  for (const id of targets) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: {
        readAt(value: string | null) {
          if (value) return value;
          changed += 1;
          return now;
        },
      },
    });
  }
  cache.updateQuery({ query: UnreadNotificationCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: ids ? Math.max(0, data.unreadNotificationCount - changed) : 0 } : data,
  );
  return changed;
}

/** `markRead(ids)` for some, `markRead()` for all; the badge follows immediately. */
export function useMarkNotificationsRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [UnreadNotificationCountQuery],
  });
  const markRead = useCallback(
    (ids?: readonly string[]) =>
      mutate({
        variables: ids ? { ids: [...ids] } : {},
        update: (cache) => void markReadInCache(cache, ids ?? null, new Date().toISOString()),
      }),
    [mutate],
  );
  return { markRead, ...state };
}
