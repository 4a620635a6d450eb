import { useMemo } from 'react';
import { Link } from 'react-router';

import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { periodRange } from '../insights/periods';
import { useSpaceOptions } from '../spaces/useSpaceOptions';
import styles from './People.module.css';
import { PeriodFilters, usePeriodParams } from './PeriodFilters';
import { useLeaderboard } from './useLeaderboard';
import peopleWords from './words';

/** `/leaderboard?space=&period=`: who brought ideas to life, per space and period. */
export default function LeaderboardPage() {
  const t = peopleWords.useT();
  const { spaceId, period, set } = usePeriodParams();
  const range = useMemo(() => periodRange(period), [period]);
  const board = useLeaderboard(spaceId, range.from, range.to);
  const spaces = useSpaceOptions();
  const spaceName = spaces.data?.spaces.find((space) => space.id === spaceId)?.name ?? t('leaderboard.allSpaces');
  const rows = board.data?.leaderboard;

  return (
    <Stack gap={5}>
      <header>
        <PageHeading>{t('leaderboard.title')}</PageHeading>
        <p className={styles.lead}>{t('leaderboard.intro')}</p>
      </header>
      <PeriodFilters label={t('insights.filters')} spaceId={spaceId} period={period} onChange={set} />
      {board.error && !rows ? (
        <ProblemView error={board.error} onRetry={() => void board.refetch()} />
      ) : !rows ? (
        <LoadingBlock />
      ) : rows.length === 0 ? (
        <EmptyState title={t('leaderboard.empty.title')}>{t('leaderboard.empty.body')}</EmptyState>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="rc-visually-hidden">
              {t('leaderboard.caption', { space: spaceName, period: t(`period.${period}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('leaderboard.rank')}</th>
                <th scope="col">{t('leaderboard.person')}</th>
                <th scope="col" className={styles.number}>
                  {t('leaderboard.implemented')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('leaderboard.awards')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('leaderboard.votes')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.user.id}>
                  <td className={styles.rank}>{index + 1}</td>
                  <th scope="row">
                    <Link to={`/people/${row.user.id}`}>{row.user.displayName}</Link>
                  </th>
                  <td className={styles.number}>{row.implementedCount}</td>
                  <td className={styles.number}>{row.awardCount}</td>
                  <td className={styles.number}>{row.votesReceived}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
}
