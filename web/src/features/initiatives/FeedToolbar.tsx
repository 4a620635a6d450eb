import { INITIATIVE_STATUSES, ORIENTATIONS } from '@red-chair/domain';

import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/TextField';
import searchStyles from '../search/Search.module.css';
import { SearchField } from '../search/SearchField';
import feedWords from './feedWords';
import styles from './Initiatives.module.css';
import { SEARCH_MAX, type FeedFilters } from './useFeedFilters';

interface FeedToolbarProps {
  filters: FeedFilters;
  /** The feed's size, once known. */
  total: { count: number; exact: boolean } | null;
}

/** Above the feed: the search, status, who it serves, order, "awaiting a response", the tag, and how many match. */
export function FeedToolbar({ filters, total }: FeedToolbarProps) {
  const t = feedWords.useT();
  const { status, orientation, awaiting, search, tag, sort, sorts, filtered, setFilter, clearFilters } = filters;
  return (
    <div className={styles.feedTools}>
      <SearchField value={search} maxLength={SEARCH_MAX} onSearch={(value, options) => setFilter('q', value, options)} />
      <div className={styles.toolbar}>
        <div className={styles.filters} role="group" aria-label={t('feed.filters')}>
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
            onChange={(event) => setFilter('sort', event.target.value)}
            options={sorts.map((value) => ({ value, label: t(value === 'RELEVANCE' ? 'search.sort.RELEVANCE' : `feed.sort.${value}`) }))}
          />
          <Checkbox
            className={styles.awaiting}
            label={t('feed.filter.awaiting')}
            checked={awaiting}
            onChange={(event) => setFilter('awaiting', event.target.checked ? '1' : '')}
          />
        </div>
        <p className={styles.total} aria-live="polite">
          {total
            ? search
              ? t(total.exact ? 'search.results' : 'search.resultsAtLeast', { count: total.count, query: search })
              : t(total.exact ? 'feed.count' : 'feed.countAtLeast', { count: total.count })
            : ''}
        </p>
      </div>
      {filtered ? (
        <div className={searchStyles.activeFilters}>
          {tag ? (
            <button
              type="button"
              className={searchStyles.chip}
              onClick={() => setFilter('tag', '')}
              aria-label={t('search.removeTag', { tag })}
            >
              #{tag} <span aria-hidden="true">×</span>
            </button>
          ) : null}
          <Button variant="ghost" onClick={clearFilters}>
            <span aria-hidden="true">× </span>
            {t('feed.clearFilters')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
