import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { acceptsVotes } from '@red-chair/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Viewer } from '../auth/viewer';
import { FollowsService } from '../follows/follows.service';
import { LiveEventsService } from '../live/live-events.service';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { VotesRepository } from './votes.repository';

/**
 * Votes are rows with a primary key of (initiative, person); the counter and the trending score move
 * in the same statement as the row, and only when a row really appeared or disappeared. So
 * `vote_count` equals the rows exactly, under any concurrency, and voting twice is a no-op.
 *
 * Trending: `trending_log = ln Σ e^((t_vote − 2026-01-01) / 72 h)` over the current votes. Ordering
 * by it is the same as ordering by Σ e^((t_vote − now) / 72 h): every vote counts, a vote from three
 * days ago weighs 1/e of one cast now. Kept in log space so it never overflows (see the migration's
 * trending_x, log_add_exp, log_sub_exp).
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly votes: VotesRepository,
    private readonly follows: FollowsService,
    private readonly live: LiveEventsService,
  ) {}

  async vote(viewer: Viewer, initiativeId: string): Promise<InitiativeEntity> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.lockVisible(tx, viewer, initiativeId);
      if (!acceptsVotes(initiative.status)) {
        throw new InvalidInputError({ initiativeId: `it is ${initiative.status}; votes are closed` });
      }
      await this.votes.add(tx, initiative.id, viewer.id);
      await this.follows.follow(tx, initiative.id, viewer.id); // voters hear what becomes of it
      this.live.initiativeChanged(tx, initiative.id);
      return this.reload(tx, initiative.id);
    });
  }

  /** Taking a vote back is allowed in any status (it only lowers a count); it keeps the follow. */
  async unvote(viewer: Viewer, initiativeId: string): Promise<InitiativeEntity> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.lockVisible(tx, viewer, initiativeId);
      await this.votes.remove(tx, initiative.id, viewer.id);
      this.live.initiativeChanged(tx, initiative.id);
      return this.reload(tx, initiative.id);
    });
  }

  /** Locked so a vote never lands on an initiative being declined or merged at the same moment. */
  private async lockVisible(tx: EntityManager, viewer: Viewer, id: string): Promise<InitiativeEntity> {
    const initiative = isUuid(id) ? await this.initiatives.lockVisibleById(tx, viewer, id) : null;
    if (!initiative) throw new NotFoundError('This initiative');
    return initiative;
  }

  private reload(tx: EntityManager, id: string): Promise<InitiativeEntity> {
    return tx.findOneByOrFail(InitiativeEntity, { id });
  }
}
