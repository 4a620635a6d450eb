import { useEffect, useRef, useState } from 'react';

/** The part of a connection (`nodes`, `pageInfo`) that paging reads. */
export interface Page {
  nodes: readonly unknown[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** A query's `fetchMore`, narrowed to the one variable paging sets. */
export type FetchMore = (options: { variables: { after: string | null | undefined } }) => Promise<unknown>;

/**
 * "Load more" over one connection: `loadMore` asks for the page after the last one (the cache's field
 * policy appends it, see apollo.ts), once at a time; a failure is kept in `loadMoreError`, the pages
 * already shown stay. Give `listRef` to the list and keyboard users continue from the first new item
 * (`itemSelector` finds the focusable one in each) instead of losing focus with the button.
 */
export function usePagedQuery<TPage extends Page>(page: TPage | undefined, fetchMore: FetchMore, itemSelector = 'h2 a') {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const listRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  const shown = page?.nodes.length ?? 0;

  useEffect(() => {
    const index = firstNew.current;
    if (index === null || shown <= index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(itemSelector)[index]?.focus();
  }, [shown, itemSelector]);

  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage || loadingMore) return;
    firstNew.current = shown;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: page.pageInfo.endCursor } });
    } catch (error) {
      firstNew.current = null;
      setLoadMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return { page, loadMore, loadingMore, loadMoreError, listRef };
}
