import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { SpaceEntity } from './space.entity';
import { visibleSpaceSql } from './space-visibility';

/** Per-request loaders for spaces and their members; every one batches into a single statement. */
export function createSpaceLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** A space by id when the viewer may see it, null otherwise (so a hidden space never leaks). */
    visibleSpaces: new DataLoader<string, SpaceEntity | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await db
        .getRepository(SpaceEntity)
        .createQueryBuilder('s')
        .where('s.id IN (:...ids)', { ids })
        .andWhere(visibleSpaceSql('s', viewer), { viewerId: viewer.id })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    memberIds: new DataLoader<string, string[]>(async (spaceIds) => {
      const rows: { space_id: string; user_id: string }[] = await db.query(
        `SELECT m.space_id, m.user_id FROM space_members m JOIN users u ON u.id = m.user_id
          WHERE m.space_id = ANY($1::uuid[]) ORDER BY lower(u.display_name), u.id`,
        [spaceIds],
      );
      const bySpace = new Map<string, string[]>(spaceIds.map((id) => [id, []]));
      for (const row of rows) bySpace.get(row.space_id)?.push(row.user_id);
      return spaceIds.map((id) => bySpace.get(id) ?? []);
    }),
    memberCounts: new DataLoader<string, number>(async (spaceIds) => {
      const rows: { space_id: string; count: number }[] = await db.query(
        'SELECT space_id, count(*)::int AS count FROM space_members WHERE space_id = ANY($1::uuid[]) GROUP BY space_id',
        [spaceIds],
      );
      const bySpace = new Map(rows.map((row) => [row.space_id, row.count]));
      return spaceIds.map((id) => bySpace.get(id) ?? 0);
    }),
    /** Spaces the viewer belongs to, loaded once per request whatever is asked. */
    viewerMemberships: new DataLoader<string, boolean>(async (spaceIds) => {
      if (!viewer) return spaceIds.map(() => false);
      const rows: { space_id: string }[] = await db.query(
        'SELECT space_id FROM space_members WHERE user_id = $1 AND space_id = ANY($2::uuid[])',
        [viewer.id, spaceIds],
      );
      const member = new Set(rows.map((row) => row.space_id));
      return spaceIds.map((id) => member.has(id));
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createSpaceLoaders> {}
}
