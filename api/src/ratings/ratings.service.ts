import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { isRatable } from '@red-chair/domain';

import { InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SpaceEntity } from '../spaces/space.entity';
import type { RateInput } from './dto/rate.input';
import { RatingsRepository } from './ratings.repository';

/**
 * Co-design ratings (docs/api.md#initiatives-and-their-life). The initiative row is locked first, so ratings of one initiative
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
    private readonly ratings: RatingsRepository,
    private readonly notifications: NotificationsService,
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
      await this.ratings.upsert(tx, initiative.id, viewer.id, input.stars, input.comment || null);
      await this.applyReviewRule(tx, initiative.id, viewer.id);
      this.live.initiativeChanged(tx, initiative.id);
      return this.initiatives.findVisible(viewer, initiative.id, tx);
    });
  }

  /** Sets or clears needs_review; on a new crossing, tells the space's managers (NEEDS_REVIEW). */
  private async applyReviewRule(tx: EntityManager, initiativeId: string, actorId: string): Promise<void> {
    const { was, now } = await this.ratings.applyReviewRule(tx, initiativeId);
    if (now && !was) await this.notifications.notifySpaceManagers(tx, { kind: 'NEEDS_REVIEW', initiativeId, actorId });
  }
}
