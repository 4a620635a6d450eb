import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ChallengeEntity } from './challenge.entity';
import { ChallengesRepository } from './challenges.repository';

/** Challenges by id, and how many initiatives each holds: one statement each per request. */
export function createChallengeLoaders(db: DataSource) {
  const challenges = new ChallengesRepository(db);
  return {
    challenges: new DataLoader<string, ChallengeEntity | null>(async (ids) => {
      const rows = await challenges.byIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    challengeInitiativeCounts: new DataLoader<string, number>(async (ids) => {
      const rows = await challenges.initiativeCounts(ids);
      const byId = new Map(rows.map((row) => [row.challenge_id, row.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createChallengeLoaders> {}
}
