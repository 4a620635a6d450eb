import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { StatusChangeModel } from './status-change.model';

/** Per-request loaders for what hangs off an initiative; each batches a page into one statement. */
export function createInitiativeLoaders(db: DataSource) {
  return {
    statusHistory: new DataLoader<string, StatusChangeModel[]>(async (initiativeIds) => {
      const rows: { initiative_id: string; from_status: StatusChangeModel['from']; to_status: StatusChangeModel['to']; note: string | null; by_id: string; at: Date }[] =
        await db.query(
          `SELECT initiative_id, from_status, to_status, note, by_id, at FROM status_changes
            WHERE initiative_id = ANY($1::uuid[]) ORDER BY at, id`,
          [initiativeIds],
        );
      const byInitiative = new Map<string, StatusChangeModel[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) {
        byInitiative.get(row.initiative_id)?.push({ from: row.from_status, to: row.to_status, note: row.note, byId: row.by_id, at: row.at });
      }
      return initiativeIds.map((id) => byInitiative.get(id) ?? []);
    }),
  };
}
