import { lazy, Suspense, useId } from 'react';

import { useDisclosure } from '../../app/layout/useDisclosure';
import { useLiveWatch } from '../../app/live/useLiveWatch';
import { useT } from '../../i18n/context';
import { LoadingBlock } from '../../ui/Spinner';
import styles from './Notifications.module.css';
import { useUnreadNotificationCount } from './useUnreadNotificationCount';

// The list is only needed once the menu opens: it loads then, outside the first page's JavaScript.
const NotificationPanel = lazy(() => import('./NotificationPanel'));
// The push channel comes after the first page: the badge's count is read over HTTP meanwhile.
const loadLiveNotifications = () => import('./liveNotifications').then(({ watchNotifications }) => watchNotifications);

/** The visible badge: "9+" past nine, so it stays a small round pill. */
export const badgeText = (count: number): string => (count > 9 ? '9+' : String(count));

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.9"
        strokeLinejoin="round"
      />
      <path d="M9.5 20a2.6 2.6 0 0 0 5 0" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's notifications menu: a bell whose name carries the unread count ("Notifications,
 * 2 unread", the number also shown as a badge), opening the latest notifications. Same behaviour as
 * the account menu (`useDisclosure`). New notifications arrive live (`notificationAdded`).
 */
export function NotificationsMenu({ messageLang }: { messageLang: string }) {
  const t = useT();
  const { open, toggle, root, button } = useDisclosure();
  const { count } = useUnreadNotificationCount();
  useLiveWatch(loadLiveNotifications);
  const panelId = useId();
  const headingId = useId();

  return (
    <div className={styles.menu} ref={root}>
      <button ref={button} type="button" className={styles.bell} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        <BellIcon />
        <span className="rc-visually-hidden">{count > 0 ? t('notifications.buttonUnread', { count }) : t('notifications.title')}</span>
        {count > 0 ? (
          <span className={styles.badge} aria-hidden="true">
            {badgeText(count)}
          </span>
        ) : null}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open} role="region" aria-labelledby={open ? headingId : undefined}>
        {open ? (
          <Suspense fallback={<LoadingBlock />}>
            <NotificationPanel headingId={headingId} messageLang={messageLang} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
