import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  LatestNotificationsDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql';
import { renderPage } from '../../testing';
import { badgeText, NotificationsMenu } from './NotificationsMenu';

const notification = (
  id: string,
  message: string,
  readAt: string | null,
  initiative: { id: string; title: string } | null = { id: `i-${id}`, title: `Idea ${id}` },
) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'STATUS_CHANGED' as const,
  message,
  createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  readAt,
  initiative: initiative ? { __typename: 'Initiative' as const, ...initiative } : null,
  actor: { __typename: 'User' as const, id: 'u-m', displayName: 'Marc Lefèvre' },
});

const nodes = [
  notification('n-1', 'Marc Lefèvre moved “Loyalty” to selected. A pilot starts in spring.', null),
  notification('n-2', 'Camille Martin commented on “Loyalty”: count me in.', null),
  notification('n-3', 'Marc Lefèvre moved “Tills” to implemented.', '2026-11-20T10:00:00.000Z'),
];

const count = (value: number) => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: value } },
  delay: 0,
});
const latest = (list = nodes, unread = 2) => ({
  request: { query: LatestNotificationsDocument, variables: { first: 8 } },
  result: {
    data: {
      unreadNotificationCount: unread,
      notifications: { __typename: 'NotificationConnection', totalCount: list.length, nodes: list },
    },
  },
  delay: 0,
});

/** The menu as in the header: it stays when a notification's link changes the page. */
function open(mocks: object[]) {
  renderPage(<p>home page</p>, {
    path: '/',
    url: '/',
    mocks: mocks as never,
    elsewhere: { '/i/:id': 'initiative page' },
    chrome: <NotificationsMenu messageLang="en" />,
  });
}

describe('NotificationsMenu', () => {
  it('counts a pushed notification at once and puts it first in the open menu, without asking again', async () => {
    const user = userEvent.setup();
    const pushed = notification('n-9', 'Marc Lefèvre moved “Tills” to in progress.', null);
    // Pushed once the menu has read the list (in real life the list would already hold it otherwise).
    const push = { request: { query: NotificationAddedDocument }, result: { data: { notificationAdded: pushed } }, delay: 1500 };
    open([count(2), latest(), push]);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const button = () => screen.getByRole('button', { name: /^Notifications/ });
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    expect(await within(await within(panel).findByRole('list')).findAllByRole('link')).toHaveLength(3);

    await waitFor(() => expect(button()).toHaveAccessibleName('Notifications, 3 unread'), { timeout: 5000 });
    const links = within(within(panel).getByRole('list')).getAllByRole('link');
    expect(links).toHaveLength(4);
    expect(links[0]!).toHaveTextContent('Unread: Marc Lefèvre moved “Tills” to in progress.');
  }, 15_000);

  it('names the button with the unread count and shows the count as a badge', async () => {
    open([count(2)]);
    const button = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(button).getByText('2')).toHaveAttribute('aria-hidden', 'true');
  });

  it('opens on the latest notifications, each linking to its initiative, and closes on Escape with focus back', async () => {
    const user = userEvent.setup();
    open([count(2), latest()]);
    const button = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    const links = await within(await within(panel).findByRole('list')).findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/i/i-n-1', '/i/i-n-2', '/i/i-n-3']);
    expect(within(panel).getByRole('link', { name: 'See all notifications' })).toHaveAttribute('href', '/notifications');
    expect(links[0]!).toHaveTextContent('Unread: Marc Lefèvre moved “Loyalty” to selected.');
    expect(links[0]!).toHaveTextContent('3 hours ago');
    expect(links[2]!).not.toHaveTextContent('Unread');
    expect(within(panel).getByRole('button', { name: 'Mark all as read' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('marks everything read at once and asks the server for the count again', async () => {
    const user = userEvent.setup();
    open([
      count(2),
      latest(),
      { request: { query: MarkNotificationsReadDocument, variables: {} }, result: { data: { markNotificationsRead: 2 } } },
      count(0),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    await within(await within(panel).findByRole('list')).findAllByRole('link');
    await user.click(within(panel).getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(within(panel).queryByText(/Unread:/)).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('marks one read when it is opened', async () => {
    const user = userEvent.setup();
    open([
      count(2),
      latest(),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n-2'] } }, result: { data: { markNotificationsRead: 1 } } },
      count(1),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    const links = await within(await within(panel).findByRole('list')).findAllByRole('link');
    await user.click(links[1]!);
    expect(await screen.findByText('initiative page')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument());
  });

  it('says when there is nothing', async () => {
    const user = userEvent.setup();
    open([count(0), latest([], 0)]);
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/Nothing new/)).toBeInTheDocument();
  });

  it('keeps the badge small', () => {
    expect(badgeText(3)).toBe('3');
    expect(badgeText(12)).toBe('9+');
  });
});
