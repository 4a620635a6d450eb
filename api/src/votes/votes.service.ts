import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { acceptsVotes } from '@red-chair/domain';

import { InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';
import { VotesRepository } from './votes.repository';

/**
 * Votes are rows with a primary key of (initiative, person); the counter and the trending score move
 * in the same statement as the row, and only when a row really appeared or disappeared. So
 * `vote_count` equals the rows exactly, under any concurrency, and voting twice is a no-op.
 *
 * Trending: `trending_log = ln Σ e^((t_vote − 2026-01-01) / 72 h)` over the current votes. Ordering
 * by it is the same as ordering by Σ e^((t_vote − now) / 72 h): every vote counts, a vote from three
 * days ago weighs 1/e of one cast now. Kept in log space so it never overflows (see the migrations'
 * trending_x, log_add_exp, log_sub_exp, trending_logs).
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly votes: VotesRepository,
    private readonly live: LiveEventsService,
  ) {}

  /** Refused on DECLINED and MERGED (BAD_USER_INPUT); a hidden initiative is NOT_FOUND. */
  async vote(viewer: Viewer, initiativeId: string): Promise<InitiativeRow> {
    const target = await this.votes.add(this.db.manager, viewer, initiativeId);
    if (!acceptsVotes(target.status)) throw new InvalidInputError({ initiativeId: `it is ${target.status}; votes are closed` });
    return this.changed(viewer, target.id);
  }

  /** Taking a vote back is allowed in any status (it only lowers a count); it keeps the follow. */
  async unvote(viewer: Viewer, initiativeId: string): Promise<InitiativeRow> {
    const target = await this.votes.remove(this.db.manager, viewer, initiativeId);
    return this.changed(viewer, target.id);
  }

  /** The statement has committed: subscribers hear of it now, and the voter gets the new counts. */
  private changed(viewer: Viewer, id: string): Promise<InitiativeRow> {
    this.live.initiativeChanged(this.db.manager, id);
    return this.initiatives.findVisible(viewer, id);
  }
}
