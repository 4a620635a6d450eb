import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';

/**
 * Following, used inside other use cases' transactions. Each is one statement: the row change and
 * the counter change together, the counter moving only when a row really appeared or disappeared,
 * so `follower_count` equals the rows under any concurrency.
 */
@Injectable()
export class FollowsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly live: LiveEventsService,
  ) {}

  /** followInitiative / unfollowInitiative: anyone who sees an initiative may follow it. */
  async setFollowing(viewer: Viewer, initiativeId: string, following: boolean): Promise<InitiativeRow> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.initiatives.lockVisible(tx, viewer, initiativeId);
      if (following) await this.follow(tx, initiative.id, viewer.id);
      else await this.unfollow(tx, initiative.id, viewer.id);
      this.live.initiativeChanged(tx, initiative.id);
      return this.initiatives.findVisible(viewer, initiative.id, tx);
    });
  }

  async follow(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH added AS (INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1)
       UPDATE initiatives SET follower_count = follower_count + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM added)`,
      [initiativeId, userId],
    );
  }

  async unfollow(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH removed AS (DELETE FROM follows WHERE initiative_id = $1 AND user_id = $2 RETURNING 1)
       UPDATE initiatives SET follower_count = follower_count - 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM removed)`,
      [initiativeId, userId],
    );
  }
}
