import { INITIATIVE_STATUSES, ORIENTATIONS } from '@red-chair/domain';

import { useT } from '../../i18n/context';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/TextField';
import styles from './Initiatives.module.css';
import { SORTS, type FeedFilters } from './useFeedFilters';

interface FeedToolbarProps {
  filters: FeedFilters;
  /** The feed's size, once known. */
  total: { count: number; exact: boolean } | null;
}

/** Above the feed: status, who it serves, order, "awaiting a response", and how many match. */
export function FeedToolbar({ filters: { status, orientation, awaiting, sort, setFilter }, total }: FeedToolbarProps) {
  const t = useT();
  return (
    <div className={styles.toolbar}>
      <div className={styles.filters} role="search" aria-label={t('feed.filters')}>
        <Select
          label={t('feed.filter.status')}
          value={status ?? ''}
          onChange={(event) => setFilter('status', event.target.value)}
          options={[
            { value: '', label: t('feed.filter.allStatuses') },
            ...INITIATIVE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <Select
          label={t('feed.filter.orientation')}
          value={orientation ?? ''}
          onChange={(event) => setFilter('for', event.target.value)}
          options={[
            { value: '', label: t('feed.filter.everyone') },
            ...ORIENTATIONS.map((value) => ({ value, label: t(`orientation.${value}`) })),
          ]}
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
        {total ? t(total.exact ? 'feed.count' : 'feed.countAtLeast', { count: total.count }) : ''}
      </p>
    </div>
  );
}
