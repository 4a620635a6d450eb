import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/** Which of a page's initiatives the viewer has a row for (votes, follows): one statement per table. */
export function createViewerRowLoader(db: DataSource, viewer: Viewer | null, table: 'votes' | 'follows') {
  return new DataLoader<string, boolean>(async (initiativeIds) => {
    if (!viewer) return initiativeIds.map(() => false);
    const rows: { initiative_id: string }[] = await db.query(
      `SELECT initiative_id FROM ${table} WHERE user_id = $1 AND initiative_id = ANY($2::uuid[])`,
      [viewer.id, initiativeIds],
    );
    const mine = new Set(rows.map((row) => row.initiative_id));
    return initiativeIds.map((id) => mine.has(id));
  });
}
