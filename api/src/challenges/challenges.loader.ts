import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, oneByKey } from '../common/batch';
import type { ChallengeEntity } from './challenge.entity';
import { ChallengesRepository } from './challenges.repository';

/** Challenges by id, and how many initiatives each holds: one statement each per request. */
export function createChallengeLoaders(db: DataSource) {
  const challenges = new ChallengesRepository(db);
  return {
    challenges: new DataLoader<string, ChallengeEntity | null>(async (ids) => {
      return oneByKey(ids, await challenges.byIds(ids), (row) => row.id, null, itself);
    }),
    challengeInitiativeCounts: new DataLoader<string, number>(async (ids) => {
      return oneByKey(
        ids,
        await challenges.initiativeCounts(ids),
        (row) => row.challenge_id,
        0,
        (row) => row.count,
      );
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createChallengeLoaders> {}
}
