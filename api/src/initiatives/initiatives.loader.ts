import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository, type InitiativeRow } from './initiatives.repository';
import type { StatusChangeModel } from './status-change.model';
import { userFromRow, userColumns, type UserLoader } from '../users/users.loader';
import { preparedQuery } from '../database/prepared';

/** Per-request loaders for what hangs off an initiative; each batches a page into one statement. */
export function createInitiativeLoaders(db: DataSource, viewer: Viewer | null, users: UserLoader) {
  return {
    /** Initiatives by id that the viewer may see; null for the others. */
    visibleInitiatives: new DataLoader<string, InitiativeRow | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await new InitiativesRepository(db).findRows(viewer, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Bodies of initiatives already loaded without them (feed rows), for a client that asks. */
    initiativeBodies: new DataLoader<string, { body: string; bodyHtml: string | null }>(async (ids) => {
      const rows: { id: string; body: string; bodyHtml: string | null }[] = await db.query(
        'SELECT id, body, body_html AS "bodyHtml" FROM initiatives WHERE id = ANY($1::uuid[])',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? { body: '', bodyHtml: '' });
    }),
    statusHistory: new DataLoader<string, StatusChangeModel[]>(async (initiativeIds) => {
      // The managers who answered come along and prime the users loader.
      const rows = await preparedQuery<{ id: string; initiative_id: string; from_status: StatusChangeModel['from']; to_status: StatusChangeModel['to']; note: string | null; by_id: string; at: Date }>(
          db,
          db.manager,
          `SELECT sc.id, sc.initiative_id, sc.from_status, sc.to_status, sc.note, sc.by_id, sc.at, ${userColumns('b', 'by.')}
             FROM status_changes sc JOIN users b ON b.id = sc.by_id
            WHERE sc.initiative_id = ANY($1::uuid[]) ORDER BY sc.at, sc.id`,
          [initiativeIds],
        );
      const byInitiative = new Map<string, StatusChangeModel[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) {
        const by = userFromRow(row as unknown as Record<string, unknown>, 'by.');
        users.clear(by.id).prime(by.id, by);
        byInitiative.get(row.initiative_id)?.push({ id: row.id, from: row.from_status, to: row.to_status, note: row.note, byId: row.by_id, at: row.at });
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
