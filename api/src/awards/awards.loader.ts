import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import type { AwardGrantModel, AwardModel } from './award.model';
import { AwardsRepository } from './awards.repository';

/** Awards by id, and the live grants of a page of initiatives or people: one statement each. */
export function createAwardLoaders(db: DataSource, viewer: Viewer | null) {
  const awards = new AwardsRepository(db);
  return {
    /** Live grants on each person's initiatives that the viewer may see (profile pages). */
    awardsEarned: new DataLoader<string, AwardGrantModel[]>(async (authorIds) => {
      if (!viewer) return authorIds.map(() => []);
      const byAuthor = new Map<string, AwardGrantModel[]>(authorIds.map((id) => [id, []]));
      for (const { authorId, ...grant } of await awards.earnedBy(viewer, authorIds)) byAuthor.get(authorId)?.push(grant);
      return authorIds.map((id) => byAuthor.get(id) ?? []);
    }),
    awards: new DataLoader<string, AwardModel | null>(async (ids) => {
      const byId = new Map((await awards.awardsByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    liveGrants: new DataLoader<string, AwardGrantModel[]>(async (initiativeIds) => {
      const byInitiative = new Map<string, AwardGrantModel[]>(initiativeIds.map((id) => [id, []]));
      for (const grant of await awards.liveGrantsOf(initiativeIds)) byInitiative.get(grant.initiativeId)?.push(grant);
      return initiativeIds.map((id) => byInitiative.get(id) ?? []);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createAwardLoaders> {}
}
