import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository, type InitiativeRow } from './initiatives.repository';
import type { StatusChangeModel } from './status-change.model';
import type { UserLoader } from '../users/users.loader';

/** Per-request loaders for what hangs off an initiative; each batches a page into one statement. */
export function createInitiativeLoaders(db: DataSource, viewer: Viewer | null, users: UserLoader) {
  const initiatives = new InitiativesRepository(db);
  return {
    /** Initiatives by id that the viewer may see; null for the others. */
    visibleInitiatives: new DataLoader<string, InitiativeRow | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await initiatives.findRows(viewer, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Bodies of initiatives already loaded without them (feed rows), for a client that asks. */
    initiativeBodies: new DataLoader<string, { body: string; bodyHtml: string | null }>(async (ids) => {
      const byId = new Map((await initiatives.bodies(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? { body: '', bodyHtml: '' });
    }),
    statusHistory: new DataLoader<string, StatusChangeModel[]>(async (initiativeIds) => {
      const byInitiative = new Map<string, StatusChangeModel[]>(initiativeIds.map((id) => [id, []]));
      for (const { initiativeId, by, ...change } of await initiatives.statusHistory(initiativeIds)) {
        users.clear(by.id).prime(by.id, by); // the managers who answered come along
        byInitiative.get(initiativeId)?.push(change);
      }
      return initiativeIds.map((id) => byInitiative.get(id) ?? []);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createInitiativeLoaders> {}
}
