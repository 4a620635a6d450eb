import { INITIATIVE_STATUSES, ORIENTATIONS, type InitiativeStatus, type Orientation } from '@red-chair/domain';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { isManager } from '@red-chair/domain';
import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Skeleton } from '../../ui/Spinner';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/TextField';
import type { InitiativeSort } from '../../gql/graphql';
import { SpaceChallenges } from '../challenges/SpaceChallenges';
import { useChallenges } from '../challenges/useChallenges';
import { SpaceHeader } from '../spaces/SpaceHeader';
import { useSpace } from '../spaces/useSpace';
import type { WithdrawnNotice } from './AuthorActions';
import { InitiativeCard } from './InitiativeCard';
import styles from './Initiatives.module.css';
import { useInitiativeFeed } from './useInitiativeFeed';
import { Stack } from '../../ui/Layout';

/** The feed's orders, the default first (it stays out of the URL). RELEVANCE and OLDEST serve search and the queue. */
type FeedSort = Extract<InitiativeSort, 'NEWEST' | 'MOST_VOTED' | 'TRENDING' | 'RECENT_ACTIVITY'>;
export const SORTS: readonly FeedSort[] = ['NEWEST', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY'];

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : null;

function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M8 2v12M2 8h12" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

function FeedSkeleton() {
  return (
    <ul className={styles.list} aria-hidden="true">
      {[0, 1, 2].map((index) => (
        <li key={index} className={styles.skeletonCard}>
          <Skeleton width="7rem" height="1.4em" />
          <Skeleton width="70%" height="1.3em" />
          <Skeleton width="40%" />
        </li>
      ))}
    </ul>
  );
}

/**
 * `/s/:slug`: a space and its initiatives, filtered by status, orientation and "awaiting a response",
 * in the chosen order. Filters and order live in the URL (`?status=&for=&awaiting=1&sort=`).
 */
export default function FeedPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = pick<InitiativeStatus>(INITIATIVE_STATUSES, params.get('status'));
  const orientation = pick<Orientation>(ORIENTATIONS, params.get('for'));
  const awaiting = params.get('awaiting') === '1';
  const sort = pick<FeedSort>(SORTS, params.get('sort')) ?? 'NEWEST';
  const state = useLocation().state as Partial<WithdrawnNotice> | null;
  const notice = state?.notice === 'withdrawn' ? state : null;
  const space = useSpace(slug);
  const { viewer } = useViewer();
  const manages = !!viewer && isManager(viewer.role);
  const spaceId = space.data?.space?.id;
  const feed = useInitiativeFeed({ spaceId, status, orientation, awaitingResponse: awaiting, sort });
  const { listRef: cardList } = feed;
  // The space's live challenges sit between its header and the filters: what is below the header waits
  // for them (the same query SpaceChallenges reads, asked with the feed) so they never push the list down.
  const challenges = useChallenges(spaceId ?? null, !spaceId);
  const challengesSettled = !!challenges.data || !!challenges.error;

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <FeedSkeleton />;
  if (!space.data.space) return <NotFoundContent />;

  const setFilter = (name: 'status' | 'for' | 'awaiting' | 'sort', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const filtered = !!(status || orientation || awaiting);
  const clearFilters = () => {
    const next = new URLSearchParams();
    if (params.get('sort')) next.set('sort', sort);
    setParams(next, { replace: true });
  };
  const page = feed.page;

  return (
    <Stack gap={5}>
      <SpaceHeader
        space={space.data.space}
        actions={
          <>
            <ButtonLink to={`/s/${slug}/propose`} variant="primary">
              <PlusIcon />
              {t('feed.propose')}
            </ButtonLink>
            {manages ? (
              <>
                <ButtonLink to={`/s/${slug}/challenges/new`} variant="secondary">
                  {t('launch.open')}
                </ButtonLink>
                <ButtonLink to={`/s/${slug}/awaiting`} variant="ghost">
                  {t('awaiting.link')}
                </ButtonLink>
              </>
            ) : null}
          </>
        }
      />

      {challengesSettled ? (
        <>
          <SpaceChallenges spaceId={space.data.space.id} />

          {notice ? (
            <Alert tone="success" live="status">
              <p>{t('withdraw.done', { title: notice.title ?? '' })}</p>
            </Alert>
          ) : null}

          <div className={styles.toolbar}>
            <div className={styles.filters} role="search" aria-label={t('feed.filters')}>
              <Select
                label={t('feed.filter.status')}
                value={status ?? ''}
                onChange={(event) => setFilter('status', event.target.value)}
                options={[{ value: '', label: t('feed.filter.allStatuses') }, ...INITIATIVE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))]}
              />
              <Select
                label={t('feed.filter.orientation')}
                value={orientation ?? ''}
                onChange={(event) => setFilter('for', event.target.value)}
                options={[{ value: '', label: t('feed.filter.everyone') }, ...ORIENTATIONS.map((value) => ({ value, label: t(`orientation.${value}`) }))]}
              />
              <Select
                label={t('feed.sort')}
                value={sort}
                onChange={(event) => setFilter('sort', event.target.value === 'NEWEST' ? '' : event.target.value)}
                options={SORTS.map((value) => ({ value, label: t(`feed.sort.${value}`) }))}
              />
              <Checkbox
                className={styles.awaiting}
                label={t('feed.filter.awaiting')}
                checked={awaiting}
                onChange={(event) => setFilter('awaiting', event.target.checked ? '1' : '')}
              />
            </div>
            <p className={styles.total} aria-live="polite">
              {page ? t(page.totalCountExact ? 'feed.count' : 'feed.countAtLeast', { count: page.totalCount }) : ''}
            </p>
          </div>

          {feed.error && !page ? (
            <ProblemView error={feed.error} onRetry={() => void feed.refetch()} />
          ) : !page ? (
            <FeedSkeleton />
          ) : page.nodes.length === 0 ? (
            filtered ? (
              <EmptyState
                title={t('feed.emptyFiltered.title')}
                action={
                  <Button variant="secondary" onClick={clearFilters}>
                    {t('feed.clearFilters')}
                  </Button>
                }
              >
                {t('feed.emptyFiltered.body')}
              </EmptyState>
            ) : (
              <EmptyState
                title={t('feed.empty.title')}
                action={
                  <ButtonLink to={`/s/${slug}/propose`} variant="secondary">
                    {t('feed.proposeFirst')}
                  </ButtonLink>
                }
              >
                {t('feed.empty.body')}
              </EmptyState>
            )
          ) : (
            <>
              <ul className={styles.list} ref={cardList}>
                {page.nodes.map((node) => (
                  <li key={node.id}>
                    <InitiativeCard initiative={node} />
                  </li>
                ))}
              </ul>
              <Stack gap={3} align="center" className={styles.more}>
                <p className={styles.showing}>{t(page.totalCountExact ? 'feed.showing' : 'feed.showingAtLeast', { shown: page.nodes.length, total: page.totalCount })}</p>
                {feed.loadMoreError ? (
                  <Alert tone="error" live="alert">
                    <p>{t('feed.loadMoreFailed')}</p>
                  </Alert>
                ) : null}
                {page.pageInfo.hasNextPage ? (
                  <Button variant="secondary" busy={feed.loadingMore} onClick={() => void feed.loadMore()}>
                    {t('feed.loadMore')}
                  </Button>
                ) : null}
              </Stack>
            </>
          )}
        </>
      ) : (
        <FeedSkeleton />
      )}
    </Stack>
  );
}
