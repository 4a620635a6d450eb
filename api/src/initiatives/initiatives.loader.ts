import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { visibleSpaceSql } from '../spaces/space-visibility';
import { InitiativeEntity } from './initiative.entity';
import type { StatusChangeModel } from './status-change.model';

/** Per-request loaders for what hangs off an initiative; each batches a page into one statement. */
export function createInitiativeLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** Initiatives by id that the viewer may see; null for the others. */
    visibleInitiatives: new DataLoader<string, InitiativeEntity | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await db
        .getRepository(InitiativeEntity)
        .createQueryBuilder('i')
        .innerJoin('spaces', 's', 's.id = i.space_id')
        .where('i.id IN (:...ids)', { ids })
        .andWhere(visibleSpaceSql('s', viewer), { viewerId: viewer.id })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    statusHistory: new DataLoader<string, StatusChangeModel[]>(async (initiativeIds) => {
      const rows: { id: string; initiative_id: string; from_status: StatusChangeModel['from']; to_status: StatusChangeModel['to']; note: string | null; by_id: string; at: Date }[] =
        await db.query(
          `SELECT id, initiative_id, from_status, to_status, note, by_id, at FROM status_changes
            WHERE initiative_id = ANY($1::uuid[]) ORDER BY at, id`,
          [initiativeIds],
        );
      const byInitiative = new Map<string, StatusChangeModel[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) {
        byInitiative.get(row.initiative_id)?.push({ id: row.id, from: row.from_status, to: row.to_status, note: row.note, byId: row.by_id, at: row.at });
      }
      return initiativeIds.map((id) => byInitiative.get(id) ?? []);
    }),
  };
}
