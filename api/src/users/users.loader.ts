import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';

import { itself, oneByKey } from '../common/batch';
import { UserEntity } from './user.entity';

export type UserLoader = DataLoader<string, UserEntity | null>;

declare module '../common/request-context' {
  interface Loaders {
    users: UserLoader;
  }
}

/** Users by id, batched per request: a page of 50 initiatives loads its authors in one statement. */
export function createUserLoader(db: DataSource): UserLoader {
  return new DataLoader(async (ids) => {
    return oneByKey(ids, await db.getRepository(UserEntity).findBy({ id: In([...ids]) }), (row) => row.id, null, itself);
  });
}
