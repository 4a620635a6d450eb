import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { usePagedQuery, type FetchMore } from './usePagedQuery';

interface Item {
  id: string;
  title: string;
}
const pageOf = (items: Item[], endCursor: string | null, hasNextPage: boolean) => ({ nodes: items, pageInfo: { endCursor, hasNextPage } });
const item = (n: number): Item => ({ id: `i-${n}`, title: `Idea ${n}` });

describe('usePagedQuery', () => {
  it('asks for the page after the last cursor, once at a time, and not past the last page', async () => {
    let answer: () => void = () => undefined;
    const fetchMore = jest.fn<ReturnType<FetchMore>, Parameters<FetchMore>>(() => new Promise<void>((resolve) => (answer = resolve)));
    const { result, rerender } = renderHook(({ page }) => usePagedQuery(page, fetchMore), {
      initialProps: { page: pageOf([item(1)], 'c1', true) },
    });

    act(() => void result.current.loadMore());
    act(() => void result.current.loadMore()); // a second click while the first page is on its way
    expect(fetchMore).toHaveBeenCalledTimes(1);
    expect(fetchMore).toHaveBeenCalledWith({ variables: { after: 'c1' } });
    expect(result.current.loadingMore).toBe(true);

    await act(async () => answer());
    expect(result.current.loadingMore).toBe(false);
    rerender({ page: pageOf([item(1), item(2)], 'c2', false) });
    await act(() => result.current.loadMore());
    expect(fetchMore).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed page in loadMoreError and clears it on the next try', async () => {
    const fetchMore = jest
      .fn<ReturnType<FetchMore>, Parameters<FetchMore>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => usePagedQuery(pageOf([item(1)], 'c1', true), fetchMore));
    await act(() => result.current.loadMore());
    expect(result.current.loadMoreError).toEqual(new Error('offline'));
    await act(() => result.current.loadMore());
    expect(result.current.loadMoreError).toBeNull();
  });

  it('moves focus to the first new item once its page arrives', async () => {
    const user = userEvent.setup();
    function List() {
      const [items, setItems] = useState([item(1), item(2)]);
      const paged = usePagedQuery(pageOf(items, 'c2', items.length < 3), async () => setItems((current) => [...current, item(3)]));
      const { listRef } = paged;
      return (
        <>
          <ul ref={listRef}>
            {items.map(({ id, title }) => (
              <li key={id}>
                <h2>
                  <a href={`/i/${id}`}>{title}</a>
                </h2>
              </li>
            ))}
          </ul>
          {paged.page?.pageInfo.hasNextPage ? <button onClick={() => void paged.loadMore()}>Load more</button> : null}
        </>
      );
    }
    render(<List />);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Idea 3' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
