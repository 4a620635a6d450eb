import { useId } from 'react';
import { Link, useParams } from 'react-router';

import type { InitiativeStatus } from '@red-chair/domain';

import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Alert } from '../../ui/Alert';
import { StatusBadge, TagList } from '../../ui/Badge';
import { Button, ButtonLink } from '../../ui/Button';
import { Skeleton } from '../../ui/Spinner';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { useSpace } from '../spaces/useSpace';
import styles from './Roadmap.module.css';
import { useRoadmapColumn } from './useRoadmapColumn';
import roadmapWords from './words';

export const RoadmapCardFragment = graphql(`
  fragment RoadmapCard_initiative on Initiative {
    id
    title
    voteCount
    tags
  }
`);

/** The road an idea travels once a manager has taken it up, in order. */
type RoadmapStatus = Extract<InitiativeStatus, 'UNDER_REVIEW' | 'SELECTED' | 'IN_PROGRESS' | 'IMPLEMENTED'>;
export const ROADMAP_STATUSES: readonly RoadmapStatus[] = ['UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED'];

function RoadmapCard({ initiative: ref, slug }: { initiative: FragmentType<typeof RoadmapCardFragment>; slug: string }) {
  const t = roadmapWords.useT();
  const initiative = useFragment(RoadmapCardFragment, ref);
  return (
    <article className={styles.card}>
      <h3 className={styles.cardTitle}>
        <Link to={`/i/${initiative.id}`}>{initiative.title}</Link>
      </h3>
      <div className={styles.cardBottom}>
        <span className={styles.votes}>{t('initiative.votes', { count: initiative.voteCount })}</span>
        <TagList
          tags={initiative.tags}
          label={t('initiative.tags')}
          hrefFor={(tag) => `/s/${slug}?tag=${encodeURIComponent(tag)}`}
          linkLabel={(tag) => t('search.tagLink', { tag })}
        />
      </div>
    </article>
  );
}

function Column({ spaceId, slug, status }: { spaceId: string; slug: string; status: RoadmapStatus }) {
  const t = roadmapWords.useT();
  const headingId = useId();
  const { page, error, refetch, listRef, loadMore, loadingMore, loadMoreError } = useRoadmapColumn(spaceId, status);
  return (
    <section className={`${styles.column} ${styles[status]}`} aria-labelledby={headingId}>
      <header className={styles.columnHeader}>
        <h2 id={headingId} className={styles.columnTitle}>
          <StatusBadge status={status} />
        </h2>
        {page ? (
          <span className={styles.columnCount}>
            {t(page.totalCountExact ? 'roadmap.count' : 'roadmap.countAtLeast', { count: page.totalCount })}
          </span>
        ) : null}
      </header>
      {error && !page ? (
        <Alert tone="error">
          <p>{t('roadmap.failed')}</p>
          <Button variant="secondary" size="small" onClick={() => void refetch()}>
            {t('roadmap.retry')}
          </Button>
        </Alert>
      ) : !page ? (
        <div className={styles.skeleton} aria-hidden="true">
          <Skeleton width="90%" height="1.2em" />
          <Skeleton width="60%" height="1.2em" />
        </div>
      ) : page.nodes.length === 0 ? (
        <p className={styles.empty}>{t(`roadmap.empty.${status}`)}</p>
      ) : (
        <>
          <ul className={styles.cards} ref={listRef}>
            {page.nodes.map((node) => (
              <li key={node.id}>
                <RoadmapCard initiative={node} slug={slug} />
              </li>
            ))}
          </ul>
          {loadMoreError ? (
            <p className={styles.error} role="alert">
              {t('feed.loadMoreFailed')}
            </p>
          ) : null}
          {page.pageInfo.hasNextPage ? (
            <Button variant="secondary" size="small" busy={loadingMore} onClick={() => void loadMore()}>
              {t('roadmap.loadMore', { status: t(`status.${status}`) })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * `/s/:slug/roadmap`: where the space's ideas stand once taken up, a column per status (Under review,
 * Selected, In progress, Implemented), most voted first. On a phone the columns stack.
 */
export default function RoadmapPage() {
  const t = roadmapWords.useT();
  const { slug = '' } = useParams();
  const space = useSpace(slug);

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <div className={styles.page} aria-busy="true" />;
  const target = space.data.space;
  if (!target) return <NotFoundContent />;

  return (
    <div className={styles.page}>
      <SpaceBreadcrumb space={target} />
      <header className={styles.header}>
        <div>
          <PageHeading documentTitle={t('roadmap.documentTitle', { space: target.name })}>{t('roadmap.title')}</PageHeading>
          <p className={styles.lead}>{t('roadmap.intro', { space: target.name })}</p>
        </div>
        <ButtonLink to={`/s/${target.slug}`} variant="secondary">
          {t('roadmap.toFeed')}
        </ButtonLink>
      </header>
      <div className={styles.board}>
        {ROADMAP_STATUSES.map((status) => (
          <Column key={status} spaceId={target.id} slug={target.slug} status={status} />
        ))}
      </div>
    </div>
  );
}
