import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRatable } from '@red-chair/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InvalidInputError } from '../common/errors';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';
import { SpaceEntity } from '../spaces/space.entity';
import type { RateInput } from './dto/rate.input';

/**
 * Co-design ratings (DESIGN.md §3). The initiative row is locked first, so ratings of one initiative
 * are applied one at a time: sum and count stay exact, and the review rule sees every rating.
 *
 * Review rule: with at least `review_min_ratings` ratings and an average strictly below
 * `review_below_average`, the initiative needs a review; the space's managers are told once per
 * crossing. Compared as `sum < threshold × count` in numeric, so 74/25 = 2.96 < 3 is exact.
 */
@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly live: LiveEventsService,
  ) {}

  async rate(viewer: Viewer, input: RateInput): Promise<InitiativeRow> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.initiatives.lockVisible(tx, viewer, input.initiativeId);
      const space = await tx.findOneByOrFail(SpaceEntity, { id: initiative.spaceId });
      if (!isRatable(space.kind, initiative.status)) {
        throw new InvalidInputError({
          initiativeId:
            space.kind === 'COMMUNITY'
              ? `it is ${initiative.status}; only prototypes in progress and implemented ideas are rated`
              : 'only initiatives of community spaces take co-design ratings',
        });
      }
      const [previous]: { stars: number }[] = await tx.query('SELECT stars FROM ratings WHERE initiative_id = $1 AND user_id = $2', [initiative.id, viewer.id]);
      await tx.query(
        `INSERT INTO ratings (initiative_id, user_id, stars, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (initiative_id, user_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment, updated_at = now()`,
        [initiative.id, viewer.id, input.stars, input.comment || null],
      );
      await tx.query('UPDATE initiatives SET rating_sum = rating_sum + $2, rating_count = rating_count + $3 WHERE id = $1', [
        initiative.id,
        input.stars - (previous?.stars ?? 0),
        previous ? 0 : 1,
      ]);
      await this.applyReviewRule(tx, initiative.id, viewer.id);
      this.live.initiativeChanged(tx, initiative.id);
      return this.initiatives.findVisible(viewer, initiative.id, tx);
    });
  }

  /** Sets or clears needs_review; on a new crossing, tells the space's managers (NEEDS_REVIEW). */
  private async applyReviewRule(tx: EntityManager, initiativeId: string, actorId: string): Promise<void> {
    const [row]: { was: boolean; now: boolean }[] = await tx.query(
      `WITH rule AS (
         SELECT i.id, i.needs_review AS was,
                (i.rating_count >= s.review_min_ratings AND i.rating_sum < s.review_below_average * i.rating_count) AS now
           FROM initiatives i JOIN spaces s ON s.id = i.space_id WHERE i.id = $1)
       , updated AS (UPDATE initiatives i SET needs_review = rule.now FROM rule WHERE i.id = rule.id RETURNING rule.was, rule.now)
       SELECT was, now FROM updated`,
      [initiativeId],
    );
    if (row.now && !row.was) {
      // The space's MANAGER members, or every manager when the space has none; never the rater.
      const told: { id: string; recipient_id: string }[] = await tx.query(
        `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id)
         SELECT u.id, 'NEEDS_REVIEW', i.id, $2
           FROM initiatives i
           JOIN users u ON u.role = 'MANAGER' AND u.deactivated_at IS NULL AND u.id <> $2
          WHERE i.id = $1
            AND (u.id IN (SELECT m.user_id FROM space_members m WHERE m.space_id = i.space_id)
                 OR NOT EXISTS (SELECT 1 FROM space_members m JOIN users mu ON mu.id = m.user_id
                                 WHERE m.space_id = i.space_id AND mu.role = 'MANAGER' AND mu.deactivated_at IS NULL))
         RETURNING id, recipient_id`,
        [initiativeId, actorId],
      );
      this.live.notificationsAdded(tx, told);
    }
  }
}
