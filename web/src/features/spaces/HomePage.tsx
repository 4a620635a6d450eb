import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { Skeleton } from '../../ui/Spinner';
import { SpaceCard } from './SpaceCard';
import styles from './Spaces.module.css';
import { useSpaces } from './useSpaces';

export default function HomePage() {
  const t = useT();
  const { data, loading, error, refetch } = useSpaces();

  return (
    <Stack gap={5}>
      <header className={styles.header}>
        <PageHeading>{t('home.title')}</PageHeading>
        <p className={styles.intro}>{t('home.intro')}</p>
      </header>
      {error && !data ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <ul className={styles.grid} aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2].map((index) => (
            <li key={index} className={styles.skeletonCard}>
              <Skeleton width="60%" height="1.4em" />
              <Skeleton width="40%" />
              <Skeleton height="3em" />
            </li>
          ))}
        </ul>
      ) : data?.spaces.length ? (
        <ul className={styles.grid}>
          {data.spaces.map((space) => (
            <SpaceCard key={space.id} space={space} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t('home.empty.title')}>{t('home.empty.body')}</EmptyState>
      )}
    </Stack>
  );
}
