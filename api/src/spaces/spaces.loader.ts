import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import type { SpaceEntity } from './space.entity';
import { SpacesRepository } from './spaces.repository';

/** Per-request loaders for spaces and their members; every one batches into a single statement. */
export function createSpaceLoaders(db: DataSource, viewer: Viewer | null) {
  const spaces = new SpacesRepository(db);
  return {
    /** A space by id when the viewer may see it, null otherwise (so a hidden space never leaks). */
    visibleSpaces: new DataLoader<string, SpaceEntity | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await spaces.visibleByIds(viewer, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    memberIds: new DataLoader<string, string[]>(async (spaceIds) => {
      const rows = await spaces.memberIds(spaceIds);
      const bySpace = new Map<string, string[]>(spaceIds.map((id) => [id, []]));
      for (const row of rows) bySpace.get(row.space_id)?.push(row.user_id);
      return spaceIds.map((id) => bySpace.get(id) ?? []);
    }),
    memberCounts: new DataLoader<string, number>(async (spaceIds) => {
      const rows = await spaces.memberCounts(spaceIds);
      const bySpace = new Map(rows.map((row) => [row.space_id, row.count]));
      return spaceIds.map((id) => bySpace.get(id) ?? 0);
    }),
    /** Spaces the viewer belongs to, loaded once per request whatever is asked. */
    viewerMemberships: new DataLoader<string, boolean>(async (spaceIds) => {
      if (!viewer) return spaceIds.map(() => false);
      const member = await spaces.memberOf(viewer.id, spaceIds);
      return spaceIds.map((id) => member.has(id));
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createSpaceLoaders> {}
}
