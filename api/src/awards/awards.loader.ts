import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, manyByKey, oneByKey } from '../common/batch';
import { readRows, type SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';
import type { AwardGrantModel, AwardModel } from './award.model';
import { AwardsRepository } from './awards.repository';

/** Awards by id, and the live grants of a page of initiatives or people: one statement each. */
export function createAwardLoaders(db: DataSource, viewer: Viewer | null, shared?: SharedReads) {
  const awards = new AwardsRepository(db);
  const grantRows = readRows(
    shared,
    'liveGrants',
    (ids) => awards.liveGrantsOf(ids),
    (grant) => grant.initiativeId,
  );
  return {
    /** Live grants on each person's initiatives that the viewer may see (profile pages). */
    awardsEarned: new DataLoader<string, AwardGrantModel[]>(async (authorIds) => {
      if (!viewer) return authorIds.map(() => []);
      return manyByKey(
        authorIds,
        await awards.earnedBy(viewer, authorIds),
        (row) => row.authorId,
        ({ authorId: _authorId, ...grant }) => grant,
      );
    }),
    awards: new DataLoader<string, AwardModel | null>(async (ids) => {
      return oneByKey(ids, await awards.awardsByIds(ids), (row) => row.id, null, itself);
    }),
    liveGrants: new DataLoader<string, AwardGrantModel[]>(async (initiativeIds) => {
      return manyByKey(initiativeIds, await grantRows(initiativeIds), (grant) => grant.initiativeId, itself);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createAwardLoaders> {}
}
