import { useSearchParams } from 'react-router';

import { INITIATIVE_STATUSES, ORIENTATIONS, type InitiativeStatus, type Orientation } from '@red-chair/domain';

import type { InitiativeSort } from '../../gql/graphql';

/** The feed's orders, the default first (it stays out of the URL). OLDEST serves the queue. */
export type FeedSort = Extract<InitiativeSort, 'NEWEST' | 'MOST_VOTED' | 'TRENDING' | 'RECENT_ACTIVITY' | 'RELEVANCE'>;
export const SORTS: readonly FeedSort[] = ['NEWEST', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY'];
/** While searching, the best matches come first by default; "newest" would be read as relevance by the API. */
export const SEARCH_SORTS: readonly FeedSort[] = ['RELEVANCE', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY'];

/** The URL's name for each filter. */
export type FilterParam = 'status' | 'for' | 'awaiting' | 'sort' | 'q' | 'tag';

/** The longest search the API takes (InitiativeFilter.search). */
export const SEARCH_MAX = 200;

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The feed's search, filters and order, kept in the URL (`?q=&tag=&status=&for=&awaiting=1&sort=`) so a
 * filtered feed can be shared, survives a reload, and back and forward step through it; unknown values
 * read as no filter.
 */
export function useFeedFilters() {
  const [params, setParams] = useSearchParams();
  const status = pick<InitiativeStatus>(INITIATIVE_STATUSES, params.get('status'));
  const orientation = pick<Orientation>(ORIENTATIONS, params.get('for'));
  const awaiting = params.get('awaiting') === '1';
  const search = (params.get('q') ?? '').trim().slice(0, SEARCH_MAX);
  const tag = (params.get('tag') ?? '').trim().slice(0, 32) || null;
  const sorts = search ? SEARCH_SORTS : SORTS;
  const sort = pick<FeedSort>(sorts, params.get('sort')) ?? sorts[0]!;

  /** Each change is a step of the history (back undoes it), unless `replace` (a search being typed). */
  const setFilter = (name: FilterParam, value: string, { replace = false } = {}) => {
    const next = new URLSearchParams(params);
    if (value && !(name === 'sort' && value === sorts[0])) next.set(name, value);
    else next.delete(name);
    // A sort that only exists while searching goes with the search.
    if (name === 'q' && !value && next.get('sort') === 'RELEVANCE') next.delete('sort');
    setParams(next, { replace });
  };

  /** Every filter and the search off; the chosen order stays when it still exists. */
  const clearFilters = () => {
    const next = new URLSearchParams();
    const chosen = params.get('sort');
    if (chosen && (SORTS as readonly string[]).includes(chosen) && chosen !== 'NEWEST') next.set('sort', chosen);
    setParams(next);
  };

  return {
    status,
    orientation,
    awaiting,
    search,
    tag,
    sort,
    sorts,
    filtered: !!(status || orientation || awaiting || search || tag),
    setFilter,
    clearFilters,
  };
}

export type FeedFilters = ReturnType<typeof useFeedFilters>;
