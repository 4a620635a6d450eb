import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, oneByKey } from '../common/batch';
import type { Viewer } from '../common/viewer';
import { SpaceFollowsRepository, type SpaceFollowState } from './space-follows.repository';

const NOT_FOLLOWING = (spaceId: string): SpaceFollowState => ({ space_id: spaceId, following: false, notify_on_new_initiatives: false });

/** The viewer's follow of each space asked for, in one statement per request. */
export function createSpaceFollowLoaders(db: DataSource, viewer: Viewer | null) {
  const follows = new SpaceFollowsRepository(db);
  return {
    viewerSpaceFollows: new DataLoader<string, SpaceFollowState>(async (spaceIds) => {
      if (!viewer) return spaceIds.map(NOT_FOLLOWING);
      const states = await follows.statesOf(viewer.id, spaceIds);
      return oneByKey(spaceIds, states, (row) => row.space_id, null, itself).map((state, i) => state ?? NOT_FOLLOWING(spaceIds[i]));
    }),
  };
}

declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createSpaceFollowLoaders> {}
}
