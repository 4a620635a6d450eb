import { useViewer } from '../../app/auth/useViewer';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Cluster, Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { NotificationItem } from './NotificationItem';
import styles from './Notifications.module.css';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';
import { useNotificationHistory } from './useNotificationHistory';

/**
 * `/notifications`: the whole history, newest first, a page at a time; unread ones are marked (a dot,
 * a tint, and "Unread:" for screen readers). New ones arrive live at the top (liveNotifications).
 */
export default function NotificationsPage() {
  const t = useT();
  const { viewer } = useViewer();
  const { data, error, refetch, listRef, loadMore, loadingMore, loadMoreError } = useNotificationHistory();
  const { markRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const page = data?.notifications;
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <Stack gap={5}>
      <header>
        <PageHeading>{t('notifications.title')}</PageHeading>
        <Cluster justify="between" align="center" className={styles.lead}>
          <p>{t('notifications.historyIntro')}</p>
          {unread > 0 ? (
            <Button variant="secondary" busy={marking} onClick={() => void markRead().catch(() => undefined)}>
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </Cluster>
      </header>
      {markError ? (
        <Alert tone="error" live="alert">
          <p>{t('notifications.markFailed')}</p>
        </Alert>
      ) : null}
      {error && !page ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <LoadingBlock />
      ) : page.nodes.length === 0 ? (
        <EmptyState title={t('notifications.emptyTitle')}>{t('notifications.empty')}</EmptyState>
      ) : (
        <>
          <ul className={`${styles.list} ${styles.history}`} ref={listRef}>
            {page.nodes.map((node) => (
              <NotificationItem
                key={node.id}
                notification={node}
                messageLang={viewer?.locale ?? 'en'}
                onOpen={(id, isUnread) => {
                  if (isUnread) void markRead([id]).catch(() => undefined);
                }}
              />
            ))}
          </ul>
          <Stack gap={3} align="center">
            <p className={styles.showing}>{t('feed.showing', { shown: page.nodes.length, total: page.totalCount })}</p>
            {loadMoreError ? (
              <Alert tone="error" live="alert">
                <p>{t('notifications.loadMoreFailed')}</p>
              </Alert>
            ) : null}
            {page.pageInfo.hasNextPage ? (
              <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
                {t('feed.loadMore')}
              </Button>
            ) : null}
          </Stack>
        </>
      )}
    </Stack>
  );
}
