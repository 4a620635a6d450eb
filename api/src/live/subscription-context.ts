import type { DataSource } from 'typeorm';

import type { Loaders, RequestContext } from '../common/request-context';
import type { SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';
import { createLoaders } from '../graphql/loaders';

/**
 * A subscription's context lives as long as the subscription. Its DataLoaders (some twenty, with their
 * caches) are made when an event is resolved and dropped after it: an idle subscription holds none, and
 * the next event reads the database afresh (a newer timeline, new comments).
 */
export class SubscriptionContext implements RequestContext {
  #loaders: Loaders | undefined;
  #shared: SharedReads | undefined;

  constructor(
    private readonly db: DataSource,
    public viewer: Viewer | null,
    readonly clientAddress: string,
  ) {}

  get loaders(): Loaders {
    return (this.#loaders ??= createLoaders(this.db, this.viewer, this.#shared));
  }

  /** Before an event is resolved: what it reads regardless of the viewer is read once for all (SharedReads). */
  beginEvent(shared: SharedReads | undefined): void {
    this.#loaders = undefined;
    this.#shared = shared;
  }

  /** After each event. */
  endEvent(): void {
    this.#loaders = undefined;
    this.#shared = undefined;
  }
}
