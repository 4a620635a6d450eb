import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

@Injectable()
export class RatingsRepository {
  /**
   * The person's rating (a new one or a replacement) and the initiative's sum and count, in the
   * caller's transaction, which holds the initiative's row locked: ratings of one initiative apply
   * one at a time, so the counters stay exact.
   */
  async upsert(tx: EntityManager, initiativeId: string, userId: string, stars: number, comment: string | null): Promise<void> {
    const [previous]: { stars: number }[] = await tx.query('SELECT stars FROM ratings WHERE initiative_id = $1 AND user_id = $2', [
      initiativeId,
      userId,
    ]);
    await tx.query(
      `INSERT INTO ratings (initiative_id, user_id, stars, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (initiative_id, user_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment, updated_at = now()`,
      [initiativeId, userId, stars, comment],
    );
    await tx.query('UPDATE initiatives SET rating_sum = rating_sum + $2, rating_count = rating_count + $3 WHERE id = $1', [
      initiativeId,
      stars - (previous?.stars ?? 0),
      previous ? 0 : 1,
    ]);
  }

  /**
   * The review rule on the current counters: with at least `review_min_ratings` ratings and an
   * average strictly below `review_below_average`, needs_review is set (cleared otherwise).
   * Compared as `sum < threshold × count` in numeric, so 74/25 = 2.96 < 3 is exact.
   */
  async applyReviewRule(tx: EntityManager, initiativeId: string): Promise<{ was: boolean; now: boolean }> {
    const [row]: { was: boolean; now: boolean }[] = await tx.query(
      `WITH rule AS (
         SELECT i.id, i.needs_review AS was,
                (i.rating_count >= s.review_min_ratings AND i.rating_sum < s.review_below_average * i.rating_count) AS now
           FROM initiatives i JOIN spaces s ON s.id = i.space_id WHERE i.id = $1)
       , updated AS (UPDATE initiatives i SET needs_review = rule.now FROM rule WHERE i.id = rule.id RETURNING rule.was, rule.now)
       SELECT was, now FROM updated`,
      [initiativeId],
    );
    return row;
  }
}
