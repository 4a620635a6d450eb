import type { PubSubEngine } from 'graphql-subscriptions';

import { SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';

/**
 * Loads what one event means for every viewer listening to its topic, in a constant number of
 * statements: the answer holds an entry per viewer key (see `viewerKey`) allowed to see it.
 */
export type LoadForViewers<E, T> = (event: E, viewers: readonly Viewer[]) => Promise<ReadonlyMap<string, T>>;

/** Two subscribers share a load when they see the same: the same person with the same role and language. */
export const viewerKey = (viewer: Pick<Viewer, 'id' | 'role' | 'locale'>): string => `${viewer.id}:${viewer.role}:${viewer.locale}`;

/** Each value handed to subscribers → the reads its event shares between viewers (see SharedReads). */
const eventReads = new WeakMap<object, SharedReads>();

/** The shared reads of the event a subscriber's value belongs to (undefined for a value FanOut did not hand). */
export const sharedReadsOf = (value: unknown): SharedReads | undefined =>
  typeof value === 'object' && value !== null ? eventReads.get(value) : undefined;

/** Subscribers handed an event per turn of the event loop (see `deliver`). */
export const FAN_OUT_BATCH = 20;

interface Subscriber<T> {
  viewer: Viewer;
  key: string;
  queue: T[];
  wake: ((result: IteratorResult<T>) => void) | undefined;
  closed: boolean;
}

interface Topic<T> {
  subscribers: Set<Subscriber<T>>;
  /** The engine's subscription id, once it listens. */
  listening: Promise<number>;
  /** Events wait here while the previous one loads, so every subscriber hears them in order. */
  chain: Promise<void>;
}

/**
 * One listener per topic on this instance, whatever the number of subscribers: each event is loaded
 * once for all of them (one `load` call with every distinct viewer), then handed to each subscriber
 * its viewer may see. Hidden or gone: that subscriber hears nothing. Nothing per subscription touches
 * the database.
 *
 * The iterators close at once on `return()` (a client's `complete`): the subscriber leaves its topic,
 * and the last one to leave stops the engine listening.
 */
export class FanOut<E, T> {
  private readonly topics = new Map<string, Topic<T>>();

  constructor(
    private readonly engine: PubSubEngine,
    private readonly load: LoadForViewers<E, T>,
    /** Told each time a subscriber is listening (tests wait for it before they act). */
    private readonly onListening: (topic: string) => void = () => undefined,
  ) {}

  subscribe(topic: string, viewer: Viewer): AsyncIterableIterator<T> {
    const subscriber: Subscriber<T> = { viewer, key: viewerKey(viewer), queue: [], wake: undefined, closed: false };
    const entry = this.join(topic, subscriber);
    void entry.listening.then(
      () => this.onListening(topic),
      () => undefined,
    );
    const close = async (): Promise<IteratorResult<T>> => {
      if (!subscriber.closed) {
        subscriber.closed = true;
        subscriber.wake?.({ done: true, value: undefined });
        subscriber.wake = undefined;
        await this.leave(topic, subscriber);
      }
      return { done: true, value: undefined };
    };
    return {
      next: async (): Promise<IteratorResult<T>> => {
        if (subscriber.closed) return { done: true, value: undefined };
        await entry.listening;
        const ready = subscriber.queue.shift();
        if (ready !== undefined) return { done: false, value: ready };
        return new Promise((resolve) => (subscriber.wake = resolve));
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

  subscriberCount(topic: string): number {
    return this.topics.get(topic)?.subscribers.size ?? 0;
  }

  private join(topic: string, subscriber: Subscriber<T>): Topic<T> {
    const existing = this.topics.get(topic);
    if (existing) {
      existing.subscribers.add(subscriber);
      return existing;
    }
    const entry: Topic<T> = { subscribers: new Set([subscriber]), listening: Promise.resolve(0), chain: Promise.resolve() };
    entry.listening = this.engine.subscribe(
      topic,
      (event: E) => {
        entry.chain = entry.chain.then(() => this.deliver(entry, event));
      },
      {},
    );
    this.topics.set(topic, entry);
    return entry;
  }

  private async leave(topic: string, subscriber: Subscriber<T>): Promise<void> {
    const entry = this.topics.get(topic);
    if (!entry?.subscribers.delete(subscriber) || entry.subscribers.size > 0) return;
    this.topics.delete(topic);
    this.engine.unsubscribe(await entry.listening);
  }

  private async deliver(entry: Topic<T>, event: E): Promise<void> {
    const viewers = new Map<string, Viewer>();
    for (const subscriber of entry.subscribers) viewers.set(subscriber.key, subscriber.viewer);
    if (viewers.size === 0) return;
    let loaded: ReadonlyMap<string, T>;
    try {
      loaded = await this.load(event, [...viewers.values()]);
    } catch {
      return; // the database is away: this event is missed, the next one carries the whole state again
    }
    const reads = new SharedReads();
    for (const value of loaded.values()) if (typeof value === 'object' && value !== null) eventReads.set(value, reads);
    let handed = 0;
    for (const subscriber of [...entry.subscribers]) {
      const value = loaded.get(subscriber.key);
      if (value === undefined || subscriber.closed) continue;
      // Each subscriber woken here is sent its message in this same turn of the event loop: in batches,
      // with a turn between them, other people's requests are answered while 10,000 messages go out.
      if (++handed % FAN_OUT_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
      if (subscriber.wake) {
        const wake = subscriber.wake;
        subscriber.wake = undefined;
        wake({ done: false, value });
      } else subscriber.queue.push(value);
    }
  }
}
