import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';

import { isManager, type InitiativeStatus, type Role } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { ButtonLink } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { PeriodFilters, usePeriodParams } from '../people/PeriodFilters';
import { useSpaceOptions } from '../spaces/useSpaceOptions';
import { monthlyWindows, participation, responseTrend, statusFunnel, type Series } from './chartData';
import { CsvLink } from './CsvLink';
import styles from './Insights.module.css';
import { periodRange } from './periods';
import { useInsights } from './useInsights';
import { TREND_MONTHS, useResponseTrend } from './useResponseTrend';
import insightWords from './words';

// Chart.js loads only with the charts, after the tiles.
const Chart = lazy(() => import('./Chart'));

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className={styles.tile}>
      <dt>{label}</dt>
      <dd>
        <span className={styles.tileValue}>{value}</span>
        {note ? <span className={styles.tileNote}>{note}</span> : null}
      </dd>
    </div>
  );
}

/** A chart with its title and, for everyone who cannot see it, the same numbers as a table. */
function ChartPanel({
  id,
  title,
  series,
  seriesName,
  columnLabel,
  children,
}: {
  id: string;
  title: string;
  series: { labels: string[]; values: (number | null)[] };
  seriesName: string;
  columnLabel: string;
  children: ReactNode;
}) {
  const { t, locale } = insightWords.useI18n();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Suspense fallback={<p className={styles.muted}>{t('insights.chartLoading')}</p>}>{children}</Suspense>
      <details className={styles.numbers}>
        <summary>{t('insights.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{columnLabel}</th>
              <th scope="col">{seriesName}</th>
            </tr>
          </thead>
          <tbody>
            {series.labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{series.values[index] === null ? t('insights.noValue') : format.format(series.values[index]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** `/insights?space=&period=` (managers): response indicators, status funnel, participation and the response-time trend. */
export default function InsightsPage() {
  const { t, locale } = insightWords.useI18n();
  const { viewer } = useViewer();
  const { spaceId, period, set } = usePeriodParams();
  const range = useMemo(() => periodRange(period), [period]);
  const windows = useMemo(() => monthlyWindows(TREND_MONTHS), []);
  const insights = useInsights(spaceId, range.from, range.to);
  const trend = useResponseTrend(spaceId, windows);
  const spaces = useSpaceOptions();
  const slug = spaces.data?.spaces.find((space) => space.id === spaceId)?.slug;

  if (!viewer || !isManager(viewer.role)) return <NotFoundContent />;

  const data = insights.data?.insights;
  const number = (value: number, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const funnel: Series | null = data ? statusFunnel(data.initiativesByStatus, (status: InitiativeStatus) => t(`status.${status}`)) : null;
  const roles: Series | null = data ? participation(data.contributorsByRole, (role: Role) => t(`role.${role}`)) : null;
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const line = trend.medians
    ? responseTrend(windows, trend.medians, (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)))
    : null;

  return (
    <Stack gap={5}>
      <header className={styles.header}>
        <div>
          <PageHeading>{t('insights.title')}</PageHeading>
          <p className={styles.lead}>{t('insights.intro')}</p>
        </div>
        <div className={styles.headerActions}>
          <ButtonLink to={spaceId ? `/red-chair?space=${spaceId}` : '/red-chair'} variant="primary" title={t('voice.openHint')}>
            {t('voice.open')}
          </ButtonLink>
          <CsvLink spaceId={spaceId} />
        </div>
      </header>
      <PeriodFilters label={t('insights.filters')} spaceId={spaceId} period={period} onChange={set} />

      {insights.error && !data ? (
        <ProblemView error={insights.error} onRetry={() => void insights.refetch()} />
      ) : !data || !funnel || !roles ? (
        <LoadingBlock />
      ) : (
        <>
          <dl className={styles.tiles}>
            <Tile
              label={t('insights.median')}
              value={
                data.medianHoursToFirstResponse === null || data.medianHoursToFirstResponse === undefined
                  ? t('insights.noValue')
                  : t('insights.hours', { value: number(data.medianHoursToFirstResponse) })
              }
              note={
                data.medianHoursToFirstResponse === null || data.medianHoursToFirstResponse === undefined
                  ? t('insights.noAnswerYet')
                  : undefined
              }
            />
            <Tile
              label={t('insights.withinSla')}
              value={
                data.answeredWithinSlaRatio === null || data.answeredWithinSlaRatio === undefined
                  ? t('insights.noValue')
                  : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(data.answeredWithinSlaRatio)
              }
            />
            <Tile label={t('insights.awaiting')} value={number(data.awaitingResponseCount, 0)} />
            <Tile label={t('insights.awards')} value={number(data.awardsGranted, 0)} />
          </dl>
          {slug && data.awaitingResponseCount > 0 ? (
            <p>
              <Link to={`/s/${slug}/awaiting`}>{t('insights.queue')}</Link>
            </p>
          ) : null}

          <div className={styles.charts}>
            <ChartPanel
              id="chart-funnel"
              title={t('insights.funnel')}
              series={funnel}
              seriesName={t('insights.count')}
              columnLabel={t('feed.filter.status')}
            >
              <Chart
                type="bar"
                labels={funnel.labels}
                values={funnel.values}
                series={t('insights.count')}
                label={t('insights.funnel')}
                horizontal
                locale={locale}
              />
            </ChartPanel>
            <ChartPanel
              id="chart-roles"
              title={t('insights.participation')}
              series={roles}
              seriesName={t('insights.count')}
              columnLabel={t('leaderboard.person')}
            >
              {roles.values.length ? (
                <Chart
                  type="bar"
                  labels={roles.labels}
                  values={roles.values}
                  series={t('insights.count')}
                  label={t('insights.participation')}
                  locale={locale}
                />
              ) : (
                <p className={styles.muted}>{t('insights.noData')}</p>
              )}
            </ChartPanel>
            {line ? (
              <ChartPanel
                id="chart-trend"
                title={t('insights.trend')}
                series={line}
                seriesName={t('insights.trend.series')}
                columnLabel={t('insights.month')}
              >
                <Chart
                  type="line"
                  labels={line.labels}
                  values={line.values}
                  series={t('insights.trend.series')}
                  label={t('insights.trend')}
                  locale={locale}
                />
              </ChartPanel>
            ) : null}
            <section className={styles.panel} aria-labelledby="insights-top">
              <h2 id="insights-top">{t('insights.top')}</h2>
              {data.topInitiatives.length ? (
                <ol className={styles.top}>
                  {data.topInitiatives.map((initiative) => (
                    <li key={initiative.id}>
                      <Link to={`/i/${initiative.id}`}>{initiative.title}</Link>{' '}
                      <span className={styles.muted}>{t('insights.votes', { count: initiative.voteCount })}</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className={styles.muted}>{t('insights.noData')}</p>
              )}
            </section>
          </div>
        </>
      )}
    </Stack>
  );
}
