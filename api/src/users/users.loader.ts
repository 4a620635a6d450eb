import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { UserEntity } from './user.entity';

/** Users by id, batched per request: a page of 50 initiatives loads its authors in one statement. */
export function createUserLoader(db: DataSource): DataLoader<string, UserEntity | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
