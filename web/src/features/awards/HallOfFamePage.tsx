import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

import { isManager } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { AwardIcon } from './AwardIcon';
import styles from './Awards.module.css';
import { useHallOfFame } from './useHallOfFame';
import hallOfFameWords from './words';

/** Managers only, so everyone else never downloads it. */
const AwardsCatalogue = lazy(() => import('./AwardsCatalogue'));

/**
 * `/hall-of-fame`: every live grant, newest first: the award, the initiative, its author, the citation.
 * Managers also find the awards catalogue there, with "New award".
 */
export default function HallOfFamePage() {
  const { t, locale } = hallOfFameWords.useI18n();
  const fame = useHallOfFame();
  const { listRef: grantList } = fame;
  const { viewer } = useViewer();
  const page = fame.page;

  return (
    <Stack gap={5}>
      <header>
        <PageHeading>{t('hallOfFame.title')}</PageHeading>
        <p className={styles.lead}>{t('hallOfFame.intro')}</p>
        <p>
          <Link to="/leaderboard">{t('hallOfFame.leaderboard')}</Link>
        </p>
      </header>
      {fame.error && !page ? (
        <ProblemView error={fame.error} onRetry={() => void fame.refetch()} />
      ) : !page ? (
        <LoadingBlock />
      ) : page.nodes.length === 0 ? (
        <EmptyState title={t('hallOfFame.empty.title')}>{t('hallOfFame.empty.body')}</EmptyState>
      ) : (
        <>
          <ul className={styles.fameList} ref={grantList}>
            {page.nodes.map((grant) => (
              <li key={grant.id}>
                <article className={styles.fameCard}>
                  <p className={styles.awardName} title={grant.award.description || undefined}>
                    <AwardIcon size={18} />
                    {grant.award.name}
                  </p>
                  <h2>
                    <Link to={`/i/${grant.initiative.id}`}>{grant.initiative.title}</Link>
                  </h2>
                  <p className={styles.meta}>
                    {rich(t, 'hallOfFame.byIn', {
                      name: <Link to={`/people/${grant.initiative.author.id}`}>{grant.initiative.author.displayName}</Link>,
                      space: <Link to={`/s/${grant.initiative.space.slug}`}>{grant.initiative.space.name}</Link>,
                    })}
                  </p>
                  <blockquote className={styles.citation}>{grant.citation}</blockquote>
                  <footer>
                    <span>
                      {rich(
                        t,
                        'hallOfFame.granted',
                        { name: <Link to={`/people/${grant.grantedBy.id}`}>{grant.grantedBy.displayName}</Link> },
                        { date: formatDate(grant.grantedAt, locale) },
                      )}
                    </span>
                  </footer>
                </article>
              </li>
            ))}
          </ul>
          <Stack gap={3} align="center">
            <p className={styles.showing}>{t('feed.showing', { shown: page.nodes.length, total: page.totalCount })}</p>
            {fame.loadMoreError ? (
              <Alert tone="error" live="alert">
                <p>{t('feed.loadMoreFailed')}</p>
              </Alert>
            ) : null}
            {page.pageInfo.hasNextPage ? (
              <Button variant="secondary" busy={fame.loadingMore} onClick={() => void fame.loadMore()}>
                {t('feed.loadMore')}
              </Button>
            ) : null}
          </Stack>
        </>
      )}
      {viewer && isManager(viewer.role) ? (
        <Suspense fallback={<LoadingBlock />}>
          <AwardsCatalogue />
        </Suspense>
      ) : null}
    </Stack>
  );
}
