import { Link, useParams } from 'react-router';

import { isManager } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { useSpace } from '../spaces/useSpace';
import { CsvLink } from './CsvLink';
import styles from './Insights.module.css';
import { daysLate, lateness } from './lateness';
import { useAwaitingQueue } from './useAwaitingQueue';
import insightWords from './words';

/** `/s/:slug/awaiting` (managers): what nobody has answered within the deadline, oldest first, with how late. */
export default function AwaitingPage() {
  const { t, locale } = insightWords.useI18n();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const space = useSpace(slug);
  const spaceId = space.data?.space?.id;
  const queue = useAwaitingQueue(spaceId);
  const { listRef: queueList } = queue;

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target || !viewer || !isManager(viewer.role)) return <NotFoundContent />;
  const page = queue.page;
  const now = new Date();

  return (
    <Stack gap={5}>
      <SpaceBreadcrumb space={target} />
      <header className={styles.header}>
        <div>
          <PageHeading documentTitle={`${t('awaiting.title')} · ${target.name}`}>
            {t('awaiting.heading', { space: target.name })}
          </PageHeading>
          <p className={styles.lead}>{t('awaiting.intro', { count: target.responseSlaDays })}</p>
        </div>
        <CsvLink spaceId={target.id} />
      </header>
      {queue.error && !page ? (
        <ProblemView error={queue.error} onRetry={() => void queue.refetch()} />
      ) : !page ? (
        <LoadingBlock />
      ) : page.nodes.length === 0 ? (
        <EmptyState title={t('awaiting.empty.title')}>{t('awaiting.empty.body')}</EmptyState>
      ) : (
        <>
          <p className={styles.total}>{t('feed.count', { count: page.totalCount })}</p>
          <ol className={styles.queue} ref={queueList}>
            {page.nodes.map((initiative) => {
              const late = lateness(initiative.responseDueAt, now);
              const days = daysLate(initiative.responseDueAt, now);
              return (
                <li key={initiative.id} className={styles.queueItem}>
                  <div className={styles.queueMain}>
                    <Link to={`/i/${initiative.id}`} className={styles.queueTitle}>
                      {initiative.title}
                    </Link>
                    <p className={styles.muted}>
                      {rich(t, 'initiative.byLink', {
                        name: <Link to={`/people/${initiative.author.id}`}>{initiative.author.displayName}</Link>,
                      })}
                      <span aria-hidden="true"> · </span>
                      <time dateTime={initiative.createdAt}>{formatDate(initiative.createdAt, locale)}</time>
                      <span aria-hidden="true"> · </span>
                      {t('awaiting.dueOn', { date: formatDate(initiative.responseDueAt, locale) })}
                    </p>
                  </div>
                  <Badge tone={days >= 7 ? 'red' : 'amber'} dot>
                    {t(late.key, late.vars)}
                  </Badge>
                </li>
              );
            })}
          </ol>
          {queue.loadMoreError ? (
            <Alert tone="error" live="alert">
              <p>{t('feed.loadMoreFailed')}</p>
            </Alert>
          ) : null}
          {page.pageInfo.hasNextPage ? (
            <div className={styles.more}>
              <Button variant="secondary" busy={queue.loadingMore} onClick={() => void queue.loadMore()}>
                {t('feed.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Stack>
  );
}
