import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The vote rows and the counters that follow them, each change in the statement that changes the
 * row: the counter and the trending score move only when a row really appeared or disappeared.
 */
@Injectable()
export class VotesRepository {
  /** `at` is the vote's time: now() for people; the trending property test casts votes in the past. */
  async add(tx: EntityManager, initiativeId: string, userId: string, at: Date | null = null): Promise<void> {
    await tx.query(
      `WITH added AS (INSERT INTO votes (initiative_id, user_id, created_at) VALUES ($1, $2, coalesce($3, now()))
                      ON CONFLICT DO NOTHING RETURNING created_at)
       UPDATE initiatives
          SET vote_count = vote_count + 1,
              trending_log = log_add_exp(trending_log, trending_x((SELECT created_at FROM added)))
        WHERE id = $1 AND EXISTS (SELECT 1 FROM added)`,
      [initiativeId, userId, at],
    );
  }

  /**
   * Subtracts the vote's term from the score; when that would lose precision log_sub_exp answers NULL
   * (see the ExactTrending migration) and the score is recomputed from the rows that remain. A second
   * statement, because the first cannot see its own DELETE; the initiative is locked by the caller.
   */
  async remove(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH removed AS (DELETE FROM votes WHERE initiative_id = $1 AND user_id = $2 RETURNING created_at)
       UPDATE initiatives
          SET vote_count = vote_count - 1,
              trending_log = CASE WHEN vote_count = 1 THEN NULL
                                  ELSE log_sub_exp(trending_log, trending_x((SELECT created_at FROM removed))) END
        WHERE id = $1 AND EXISTS (SELECT 1 FROM removed)`,
      [initiativeId, userId],
    );
    await tx.query('UPDATE initiatives SET trending_log = trending_log_of(id) WHERE id = $1 AND trending_log IS NULL AND vote_count > 0', [initiativeId]);
  }
}
