import type { DataSource, EntityManager } from 'typeorm';

/** The viewer's standing with a space: following (by a row, or as a member without one) and the new-initiative choice. */
export interface SpaceFollowState {
  space_id: string;
  following: boolean;
  notify_on_new_initiatives: boolean;
}

/** SQL of space follows; a plain class so the per-request loaders can build one on the data source. */
export class SpaceFollowsRepository {
  constructor(private readonly db: DataSource) {}

  /** Follows (or unfollows, keeping the row so automatic follows never bring the person back). */
  async set(tx: EntityManager, spaceId: string, userId: string, following: boolean, notifyOnNewInitiatives: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO space_follows (space_id, user_id, following, notify_on_new_initiatives) VALUES ($1, $2, $3, $4)
       ON CONFLICT (space_id, user_id) DO UPDATE SET following = EXCLUDED.following, notify_on_new_initiatives = EXCLUDED.notify_on_new_initiatives`,
      [spaceId, userId, following, following && notifyOnNewInitiatives],
    );
  }

  /** One statement for any number of spaces. */
  statesOf(userId: string, spaceIds: readonly string[]): Promise<SpaceFollowState[]> {
    return this.db.query(
      `SELECT s.id AS space_id,
              coalesce(sf.following, m.user_id IS NOT NULL) AS following,
              coalesce(sf.following AND sf.notify_on_new_initiatives, false) AS notify_on_new_initiatives
         FROM unnest($2::uuid[]) s(id)
         LEFT JOIN space_follows sf ON sf.space_id = s.id AND sf.user_id = $1
         LEFT JOIN space_members m ON m.space_id = s.id AND m.user_id = $1`,
      [userId, spaceIds],
    );
  }
}
