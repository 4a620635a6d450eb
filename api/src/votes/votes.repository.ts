import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { acceptsVotes, INITIATIVE_STATUSES, type InitiativeStatus } from '@red-chair/domain';

import { NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { autoFollowSpaceSql } from '../follows/space-followers';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';

const VOTABLE_STATUSES = INITIATIVE_STATUSES.filter(acceptsVotes);

/** The initiative a vote was aimed at, when the voter may see it: its status tells a closed one. */
export interface VoteTarget {
  id: string;
  status: InitiativeStatus;
}

/**
 * The vote's own form of InitiativesRepository.lockVisible, inside the one statement of a vote: the
 * row locked FOR UPDATE (not its space) when the voter may see it. `$1` voter, `$2` initiative.
 */
const target = (voter: Pick<Viewer, 'id' | 'role'>) =>
  `target AS (SELECT i.id, i.status, i.space_id FROM initiatives i JOIN spaces s ON s.id = i.space_id
               WHERE i.id = $2 AND ${visibleSpaceSqlPositional('s', voter, 1)} FOR UPDATE OF i)`;

/** No target row: the initiative does not exist or the voter cannot see it. */
function found(target: VoteTarget | undefined): VoteTarget {
  if (!target) throw new NotFoundError('This initiative');
  return target;
}

/**
 * The vote rows and the counters that follow them. Each change is one statement, atomic on its own:
 * it locks the initiative, changes the rows, and moves the counters and the trending score only for
 * rows that really appeared or disappeared. Data-modifying CTEs always run to completion, read or not.
 */
@Injectable()
export class VotesRepository {
  /**
   * The vote and the voter's follows of the initiative and of its space (voters hear what becomes of
   * it; an earlier unfollow of the space stays), only while the status accepts
   * votes. `at` is the vote's time: now() for people; the trending property test votes in the past.
   */
  async add(manager: EntityManager, voter: Pick<Viewer, 'id' | 'role'>, initiativeId: string, at: Date | null = null): Promise<VoteTarget> {
    const [row]: VoteTarget[] = await manager.query(
      `WITH ${target(voter)},
            open AS (SELECT id, space_id FROM target WHERE status = ANY($3::text[])),
            added AS (INSERT INTO votes (initiative_id, user_id, created_at) SELECT id, $1, coalesce($4, now()) FROM open
                      ON CONFLICT DO NOTHING RETURNING created_at),
            followed AS (INSERT INTO follows (initiative_id, user_id) SELECT id, $1 FROM open ON CONFLICT DO NOTHING RETURNING 1),
            space_followed AS (${autoFollowSpaceSql('SELECT space_id FROM open', '$1')}),
            counted AS (
              UPDATE initiatives
                 SET vote_count = vote_count + (SELECT count(*) FROM added),
                     follower_count = follower_count + (SELECT count(*) FROM followed),
                     trending_log = CASE WHEN EXISTS (SELECT 1 FROM added)
                                         THEN log_add_exp(trending_log, trending_x((SELECT created_at FROM added))) ELSE trending_log END
               WHERE id = (SELECT id FROM open) AND (EXISTS (SELECT 1 FROM added) OR EXISTS (SELECT 1 FROM followed)))
       SELECT id, status FROM target`,
      [voter.id, initiativeId, VOTABLE_STATUSES, at],
    );
    return found(row);
  }

  /**
   * Takes the vote back (in any status; the follow stays). The score subtracts the vote's term; when
   * that would lose precision log_sub_exp answers NULL (see the ExactTrending migration) and the score
   * is recomputed from the other votes, in the same statement (which still sees the deleted row, so
   * it leaves this voter out).
   */
  async remove(manager: EntityManager, voter: Pick<Viewer, 'id' | 'role'>, initiativeId: string): Promise<VoteTarget> {
    const [row]: VoteTarget[] = await manager.query(
      `WITH ${target(voter)},
            removed AS (DELETE FROM votes v USING target WHERE v.initiative_id = target.id AND v.user_id = $1 RETURNING v.created_at),
            counted AS (
              UPDATE initiatives
                 SET vote_count = vote_count - 1,
                     trending_log = CASE WHEN vote_count = 1 THEN NULL
                                         ELSE coalesce(log_sub_exp(trending_log, trending_x((SELECT created_at FROM removed))),
                                                       trending_log_of(id, $1)) END
               WHERE id = (SELECT id FROM target) AND EXISTS (SELECT 1 FROM removed))
       SELECT id, status FROM target`,
      [voter.id, initiativeId],
    );
    return found(row);
  }
}
