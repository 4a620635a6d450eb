import { Link } from 'react-router';

import { useT } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingBlock } from '../../ui/Spinner';
import { NotificationItem } from './NotificationItem';
import styles from './Notifications.module.css';
import { useLatestNotifications } from './useLatestNotifications';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

interface NotificationPanelProps {
  headingId: string;
  messageLang: string;
}

/**
 * The open notifications menu: the newest ones, "Mark all as read", each a link to its initiative, and
 * a link to the whole history.
 */
export default function NotificationPanel({ headingId, messageLang }: NotificationPanelProps) {
  const t = useT();
  const { data, error, refetch } = useLatestNotifications();
  const { markRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const nodes = data?.notifications.nodes ?? [];
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <>
      <div className={styles.panelHead}>
        <h2 id={headingId} className={styles.panelTitle}>
          {t('notifications.title')}
        </h2>
        {unread > 0 ? (
          <Button variant="ghost" size="small" busy={marking} onClick={() => void markRead().catch(() => undefined)}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </div>
      {markError ? (
        <Alert tone="error" live="alert">
          <p>{t('notifications.markFailed')}</p>
        </Alert>
      ) : null}
      {error && !data ? (
        <Alert tone="error" live="alert">
          <p>{t('notifications.loadFailed')}</p>
          <div>
            <Button variant="secondary" size="small" onClick={() => void refetch()}>
              {t('errors.retry')}
            </Button>
          </div>
        </Alert>
      ) : !data ? (
        <LoadingBlock />
      ) : nodes.length === 0 ? (
        <p className={styles.empty}>{t('notifications.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {nodes.map((node) => (
            <NotificationItem
              key={node.id}
              notification={node}
              messageLang={messageLang}
              onOpen={(id, isUnread) => {
                if (isUnread) void markRead([id]).catch(() => undefined);
              }}
            />
          ))}
        </ul>
      )}
      <p className={styles.seeAll}>
        <Link to="/notifications">{t('notifications.seeAll')}</Link>
      </p>
    </>
  );
}
