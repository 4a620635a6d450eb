/**
 * Turns a stream of events into the objects a subscriber may see: each event is loaded for the
 * subscriber and dropped when it is hidden from them (or gone). Closing the result closes the source.
 */
export async function* visibleEvents<E, T>(source: AsyncIterableIterator<E>, load: (event: E) => Promise<T | null>): AsyncGenerator<T> {
  try {
    for await (const event of source) {
      const value = await load(event);
      if (value !== null) yield value;
    }
  } finally {
    await source.return?.();
  }
}
