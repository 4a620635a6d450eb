import type { ApolloClient } from '@apollo/client';
import type { Reference } from '@apollo/client/cache';

import { graphql } from '../../gql';

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      readAt
      ...NotificationItem_notification
    }
  }
`);

interface NotificationList {
  nodes: Reference[];
  totalCount: number;
}

/**
 * The viewer's new notifications, pushed: the badge counts one more and every list already read (the
 * menu, the history's first page) starts with the new one, without asking the server again.
 */
export function watchNotifications(client: ApolloClient): () => void {
  const subscription = client.subscribe({ query: NotificationAddedSubscription }).subscribe({
    next: ({ data }) => {
      const added = data?.notificationAdded;
      const ref = added && client.cache.identify(added);
      if (!added || !ref) return;
      client.cache.modify({
        fields: {
          unreadNotificationCount: (count: number) => (added.readAt ? count : count + 1),
          notifications: (value, { readField }) => {
            const list = value as NotificationList;
            if (list.nodes.some((node) => readField('id', node) === added.id)) return value;
            return { ...list, nodes: [{ __ref: ref }, ...list.nodes], totalCount: list.totalCount + 1 };
          },
        },
      });
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
