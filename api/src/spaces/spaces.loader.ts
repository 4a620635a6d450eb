import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, manyByKey, oneByKey } from '../common/batch';
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
      return oneByKey(ids, await spaces.visibleByIds(viewer, ids), (row) => row.id, null, itself);
    }),
    memberIds: new DataLoader<string, string[]>(async (spaceIds) => {
      return manyByKey(
        spaceIds,
        await spaces.memberIds(spaceIds),
        (row) => row.space_id,
        (row) => row.user_id,
      );
    }),
    memberCounts: new DataLoader<string, number>(async (spaceIds) => {
      return oneByKey(
        spaceIds,
        await spaces.memberCounts(spaceIds),
        (row) => row.space_id,
        0,
        (row) => row.count,
      );
    }),
    participantCounts: new DataLoader<string, number>(async (spaceIds) => {
      return oneByKey(
        spaceIds,
        await spaces.participantCounts(spaceIds),
        (row) => row.space_id,
        0,
        (row) => row.count,
      );
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
