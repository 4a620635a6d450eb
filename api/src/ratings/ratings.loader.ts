import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/** The viewer's own stars on a page of initiatives, in one statement. */
export function createViewerRatingLoader(db: DataSource, viewer: Viewer | null) {
  return new DataLoader<string, number | null>(async (initiativeIds) => {
    if (!viewer) return initiativeIds.map(() => null);
    const rows: { initiative_id: string; stars: number }[] = await db.query(
      'SELECT initiative_id, stars FROM ratings WHERE user_id = $1 AND initiative_id = ANY($2::uuid[])',
      [viewer.id, initiativeIds],
    );
    const mine = new Map(rows.map((row) => [row.initiative_id, row.stars]));
    return initiativeIds.map((id) => mine.get(id) ?? null);
  });
}
