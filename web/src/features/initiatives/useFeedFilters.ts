import { useSearchParams } from 'react-router';

import { INITIATIVE_STATUSES, ORIENTATIONS, type InitiativeStatus, type Orientation } from '@red-chair/domain';

import type { InitiativeSort } from '../../gql/graphql';

/** The feed's orders, the default first (it stays out of the URL). RELEVANCE and OLDEST serve search and the queue. */
export type FeedSort = Extract<InitiativeSort, 'NEWEST' | 'MOST_VOTED' | 'TRENDING' | 'RECENT_ACTIVITY'>;
export const SORTS: readonly FeedSort[] = ['NEWEST', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY'];

/** The URL's name for each filter. */
export type FilterParam = 'status' | 'for' | 'awaiting' | 'sort';

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The feed's filters and order, kept in the URL (`?status=&for=&awaiting=1&sort=`) so a filtered feed
 * can be shared and survives a reload; unknown values read as no filter.
 */
export function useFeedFilters() {
  const [params, setParams] = useSearchParams();
  const status = pick<InitiativeStatus>(INITIATIVE_STATUSES, params.get('status'));
  const orientation = pick<Orientation>(ORIENTATIONS, params.get('for'));
  const awaiting = params.get('awaiting') === '1';
  const sort = pick<FeedSort>(SORTS, params.get('sort')) ?? 'NEWEST';

  const setFilter = (name: FilterParam, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  /** Every filter off; the chosen order stays. */
  const clearFilters = () => {
    const next = new URLSearchParams();
    if (params.get('sort')) next.set('sort', sort);
    setParams(next, { replace: true });
  };

  return { status, orientation, awaiting, sort, filtered: !!(status || orientation || awaiting), setFilter, clearFilters };
}

export type FeedFilters = ReturnType<typeof useFeedFilters>;
