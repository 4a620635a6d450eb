import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, manyByKey, oneByKey } from '../common/batch';
import { readRows, type SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';
import type { UserLoader } from '../users/users.loader';
import { InitiativesRepository, type InitiativeRow } from './initiatives.repository';
import type { StatusChangeModel } from './status-change.model';

/** Per-request loaders for what hangs off an initiative; each batches a page into one statement. */
export function createInitiativeLoaders(db: DataSource, viewer: Viewer | null, users: UserLoader, shared?: SharedReads) {
  const initiatives = new InitiativesRepository(db);
  const historyRows = readRows(
    shared,
    'statusHistory',
    (ids) => initiatives.statusHistory(ids),
    (change) => change.initiativeId,
  );
  return {
    /** Initiatives by id that the viewer may see; null for the others. */
    visibleInitiatives: new DataLoader<string, InitiativeRow | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      return oneByKey(ids, await initiatives.findRows(viewer, ids), (row) => row.id, null, itself);
    }),
    /** Bodies of initiatives already loaded without them (feed rows), for a client that asks. */
    initiativeBodies: new DataLoader<string, { body: string; bodyHtml: string | null }>(async (ids) => {
      return oneByKey(ids, await initiatives.bodies(ids), (row) => row.id, { body: '', bodyHtml: '' }, itself);
    }),
    statusHistory: new DataLoader<string, StatusChangeModel[]>(async (initiativeIds) => {
      const changes = await historyRows(initiativeIds);
      for (const { by } of changes) users.clear(by.id).prime(by.id, by); // the managers who answered come along
      return manyByKey(
        initiativeIds,
        changes,
        (change) => change.initiativeId,
        ({ initiativeId: _initiativeId, by: _by, ...change }) => change,
      );
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createInitiativeLoaders> {}
}
