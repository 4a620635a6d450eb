import DataLoader from 'dataloader';

import { manyByKey } from './batch';

/** A batch read of the rows belonging to each key (an initiative's comments, its history…), in any order. */
export type RowsRead<R> = (keys: readonly string[]) => Promise<R[]>;

/**
 * The reads of one live event that do not depend on who reads, shared by every viewer it is resolved for.
 * A viewer's loaders normally batch their own reads; resolving one event for 10,000 different people would
 * then read an initiative's comments 10,000 times. Within an event, each read named here runs once for
 * all of them, and each viewer shapes the same rows for themself (so the rows are never changed in place).
 * Made by FanOut for each event it delivers; HTTP requests never share.
 */
export class SharedReads {
  private readonly reads = new Map<string, DataLoader<string, unknown[]>>();

  /** `read`, run once per key for this event whoever asks; `name` tells the reads apart. */
  rowsOf<R>(name: string, read: RowsRead<R>, keyOf: (row: R) => string): RowsRead<R> {
    let loader = this.reads.get(name) as DataLoader<string, R[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, R[]>(async (keys) => manyByKey(keys, await read(keys), keyOf, (row) => row));
      this.reads.set(name, loader as DataLoader<string, unknown[]>);
    }
    const shared = loader;
    return async (keys) => (await Promise.all(keys.map((key) => shared.load(key)))).flat();
  }
}

/** The read itself, or its shared version when the loaders resolve a live event (see SharedReads). */
export const readRows = <R>(shared: SharedReads | undefined, name: string, read: RowsRead<R>, keyOf: (row: R) => string): RowsRead<R> =>
  shared ? shared.rowsOf(name, read, keyOf) : read;
