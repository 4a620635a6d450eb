import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { acceptsVotes, INITIATIVE_STATUSES, type InitiativeStatus } from '@red-chair/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Viewer } from '../auth/viewer';
import { LiveEventsService } from '../live/live-events.service';
import type { InitiativeEntity } from '../initiatives/initiative.entity';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';

const VOTABLE_STATUSES = INITIATIVE_STATUSES.filter(acceptsVotes);

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
    private readonly live: LiveEventsService,
  ) {}

  /**
   * One statement, atomic on its own: it locks the initiative when the viewer may see it, adds the
   * vote and the voter's follow (voters hear what becomes of it) only while the status accepts votes,
   * and moves the counters and the trending score for the rows that really appeared. Its answer
   * tells a hidden initiative (no row) from a closed one (the status).
   */
  async vote(viewer: Viewer, initiativeId: string): Promise<InitiativeRow> {
    if (!isUuid(initiativeId)) throw new NotFoundError('This initiative');
    const [target]: { id: string; status: InitiativeStatus }[] = await this.db.query(
      `WITH target AS (SELECT i.id, i.status FROM initiatives i JOIN spaces s ON s.id = i.space_id
                        WHERE i.id = $2 AND ${visibleSpaceSqlPositional('s', viewer, 1)} FOR UPDATE OF i),
            open AS (SELECT id FROM target WHERE status = ANY($3::text[])),
            added AS (INSERT INTO votes (initiative_id, user_id) SELECT id, $1 FROM open ON CONFLICT DO NOTHING RETURNING created_at),
            followed AS (INSERT INTO follows (initiative_id, user_id) SELECT id, $1 FROM open ON CONFLICT DO NOTHING RETURNING 1),
            counted AS (
              UPDATE initiatives
                 SET vote_count = vote_count + (SELECT count(*) FROM added),
                     follower_count = follower_count + (SELECT count(*) FROM followed),
                     trending_log = CASE WHEN EXISTS (SELECT 1 FROM added) THEN log_add_exp(trending_log, trending_x((SELECT created_at FROM added))) ELSE trending_log END
               WHERE id = (SELECT id FROM open) AND (EXISTS (SELECT 1 FROM added) OR EXISTS (SELECT 1 FROM followed))
               RETURNING 1) -- data-modifying CTEs always run to completion, read or not
       SELECT target.id, target.status FROM target`,
      [viewer.id, initiativeId, VOTABLE_STATUSES],
    );
    if (!target) throw new NotFoundError('This initiative');
    if (!acceptsVotes(target.status)) throw new InvalidInputError({ initiativeId: `it is ${target.status}; votes are closed` });
    this.live.initiativeChanged(this.db.manager, target.id); // committed already: published now
    return this.initiatives.reload(this.db.manager, viewer, target.id);
  }

  /** Taking a vote back is allowed in any status (it only lowers a count); it keeps the follow. */
  async unvote(viewer: Viewer, initiativeId: string): Promise<InitiativeRow> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.lockVisible(tx, viewer, initiativeId);
      await tx.query(
        `WITH removed AS (DELETE FROM votes WHERE initiative_id = $1 AND user_id = $2 RETURNING created_at)
         UPDATE initiatives
            SET vote_count = vote_count - 1,
                trending_log = CASE WHEN vote_count = 1 THEN NULL
                                    ELSE log_sub_exp(trending_log, trending_x((SELECT created_at FROM removed))) END
          WHERE id = $1 AND EXISTS (SELECT 1 FROM removed)`,
        [initiative.id, viewer.id],
      );
      this.live.initiativeChanged(tx, initiative.id);
      return this.initiatives.reload(tx, viewer, initiative.id);
    });
  }

  /** Locked so a vote never lands on an initiative being declined or merged at the same moment. */
  private async lockVisible(tx: EntityManager, viewer: Viewer, id: string): Promise<InitiativeEntity> {
    const initiative = isUuid(id) ? await this.initiatives.lockVisibleById(tx, viewer, id) : null;
    if (!initiative) throw new NotFoundError('This initiative');
    return initiative;
  }
}
