/**
 * Turns a stream of events into the objects a subscriber may see: each event is loaded for the
 * subscriber and dropped when it is hidden from them (or gone).
 *
 * Not an async generator on purpose: a generator waiting for the next event cannot be closed until
 * that event comes, so a subscription the client completed would stay registered on its topic. Here
 * `return()` closes the source at once, which unsubscribes and ends the pending wait.
 */
export function visibleEvents<E, T>(source: AsyncIterableIterator<E>, load: (event: E) => Promise<T | null>): AsyncIterableIterator<T> {
  let closed = false;
  const close = async (): Promise<IteratorResult<T>> => {
    closed = true;
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next(): Promise<IteratorResult<T>> {
      while (!closed) {
        const event = await source.next();
        if (event.done || closed) return close();
        const value = await load(event.value);
        if (value !== null && !closed) return { done: false, value };
      }
      return { done: true, value: undefined };
    },
    return: close,
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
