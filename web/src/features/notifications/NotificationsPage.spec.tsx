import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewer } from '../../fixtures';
import { MarkNotificationsReadDocument, MeDocument, NotificationHistoryDocument, UnreadNotificationCountDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import NotificationsPage from './NotificationsPage';

const notification = (n: number, readAt: string | null) => ({
  __typename: 'Notification' as const,
  id: `n-${n}`,
  kind: 'COMMENTED' as const,
  message: `Camille Martin commented on “Idea ${n}”.`,
  createdAt: new Date(Date.now() - n * 3600_000).toISOString(),
  readAt,
  initiative: { __typename: 'Initiative' as const, id: `i-${n}`, title: `Idea ${n}` },
  actor: { __typename: 'User' as const, id: 'u-c', displayName: 'Camille Martin' },
});

const history = (
  nodes: ReturnType<typeof notification>[],
  { after = null as string | null, next = null as string | null, total = 21, unread = 1 } = {},
) => ({
  request: { query: NotificationHistoryDocument, variables: after ? { first: 20, after } : { first: 20 } },
  result: {
    data: {
      unreadNotificationCount: unread,
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', endCursor: next ?? 'end', hasNextPage: !!next },
        nodes,
      },
    },
  },
  delay: 0,
});

const me = { request: { query: MeDocument }, result: { data: { me: viewer('CUSTOMER', 'u-1', 'Paul Girard') } }, delay: 0 };
const firstPage = Array.from({ length: 20 }, (_, i) => notification(i + 1, i === 0 ? null : '2026-11-20T10:00:00.000Z'));

function open(mocks: object[]) {
  renderPage(<NotificationsPage />, { path: '/notifications', url: '/notifications', mocks: [me, ...mocks] as never });
}

describe('NotificationsPage', () => {
  it('lists the history with unread ones marked, and loads the next page with focus on its first item', async () => {
    const user = userEvent.setup();
    open([history(firstPage, { next: 'c20' }), history([notification(21, '2026-11-19T10:00:00.000Z')], { after: 'c20' })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    const list = (await screen.findAllByRole('list'))[0]!;
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(20);
    expect(links[0]!).toHaveTextContent('Unread: Camille Martin commented on “Idea 1”.');
    expect(links[1]!).not.toHaveTextContent('Unread');
    expect(screen.getByText('Showing 20 of 21')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(21));
    await waitFor(() => expect(within(list).getAllByRole('link')[20]).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('marks everything read at once', async () => {
    const user = userEvent.setup();
    const count = { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } }, delay: 0 };
    open([
      history(firstPage.slice(0, 2), { total: 2 }),
      { request: { query: MarkNotificationsReadDocument, variables: {} }, result: { data: { markNotificationsRead: 1 } } },
      count,
    ]);
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.queryByText(/Unread:/)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('says so when there is nothing yet, in French too', async () => {
    renderPage(<NotificationsPage />, {
      path: '/notifications',
      url: '/notifications',
      mocks: [me, history([], { total: 0, unread: 0 })] as never,
      locale: 'fr',
    });
    expect(await screen.findByRole('heading', { name: 'Aucune notification pour l’instant' })).toBeInTheDocument();
  });
});
