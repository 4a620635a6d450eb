import { ProblemView } from '../../app/ProblemView';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { Skeleton } from '../../ui/Spinner';
import feedWords from './feedWords';
import { InitiativeCard } from './InitiativeCard';
import styles from './Initiatives.module.css';
import type { FeedFilters } from './useFeedFilters';
import type { useInitiativeFeed } from './useInitiativeFeed';

type Feed = ReturnType<typeof useInitiativeFeed>;
type FeedPage = NonNullable<Feed['page']>;

export function FeedSkeleton() {
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

/** No initiative: the filters may be to blame (offer to clear them), or the space is new (offer to propose). */
function EmptyFeed({ slug, filters }: { slug: string; filters: FeedFilters }) {
  const t = feedWords.useT();
  if (filters.filtered) {
    return (
      <EmptyState
        title={t('feed.emptyFiltered.title')}
        action={
          <Button variant="secondary" onClick={filters.clearFilters}>
            {t('feed.clearFilters')}
          </Button>
        }
      >
        {t('feed.emptyFiltered.body')}
      </EmptyState>
    );
  }
  return (
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
  );
}

/** The cards, "showing n of m", and "Load more" while there is more. */
function FeedList({ feed, page, slug, filters }: { feed: Feed; page: FeedPage; slug: string; filters: FeedFilters }) {
  const t = feedWords.useT();
  const tagHref = (tag: string) => `/s/${slug}?tag=${encodeURIComponent(tag)}`;
  const { listRef } = feed;
  return (
    <>
      <ul className={styles.list} ref={listRef}>
        {page.nodes.map((node) => (
          <li key={node.id}>
            <InitiativeCard initiative={node} search={filters.search} tagHref={tagHref} />
          </li>
        ))}
      </ul>
      <Stack gap={3} align="center" className={styles.more}>
        <p className={styles.showing}>
          {t(page.totalCountExact ? 'feed.showing' : 'feed.showingAtLeast', { shown: page.nodes.length, total: page.totalCount })}
        </p>
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
  );
}

/** What the feed shows for where its query is: failed, loading, empty, or the list. */
export function FeedResults({ feed, slug, filters }: { feed: Feed; slug: string; filters: FeedFilters }) {
  const page = feed.page;
  if (feed.error && !page) return <ProblemView error={feed.error} onRetry={() => void feed.refetch()} />;
  if (!page) return <FeedSkeleton />;
  if (page.nodes.length === 0) return <EmptyFeed slug={slug} filters={filters} />;
  return <FeedList feed={feed} page={page} slug={slug} filters={filters} />;
}
