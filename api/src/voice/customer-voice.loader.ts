import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { oneByKey } from '../common/batch';
import { CustomerVoiceRepository, type Implementation } from './customer-voice.repository';

/** The move to IMPLEMENTED of a page of initiatives, in one statement (Initiative.implementedAt and followUpNote). */
export function createVoiceLoaders(db: DataSource) {
  const repo = new CustomerVoiceRepository(db);
  return {
    implementations: new DataLoader<string, Implementation | null>(async (ids) =>
      oneByKey(
        ids,
        await repo.implementations(ids),
        (row) => row.initiativeId,
        null,
        (row) => row,
      ),
    ),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createVoiceLoaders> {}
}
