import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Viewer } from '../common/viewer';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { LeaderboardArgs } from './leaderboard.model';

/** One person's recognition in a window, as the leaderboard ranks it. */
export interface LeaderboardRow {
  user_id: string;
  implemented: number;
  awards: number;
  votes: number;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Implemented initiatives, then awards, then votes received, counting only what the viewer may see. */
  leaderboard(viewer: Viewer, args: LeaderboardArgs): Promise<LeaderboardRow[]> {
    const inWindow = (column: string) => `($3::timestamptz IS NULL OR ${column} >= $3) AND ($4::timestamptz IS NULL OR ${column} < $4)`;
    return this.db.query(
      `WITH scope AS (
         SELECT i.id, i.author_id FROM initiatives i JOIN spaces s ON s.id = i.space_id
          WHERE ${visibleSpaceSqlPositional('s', viewer, 1)} AND ($2::uuid IS NULL OR i.space_id = $2)),
       implemented AS (
         SELECT sc.author_id, count(DISTINCT sc.id) AS n FROM status_changes c JOIN scope sc ON sc.id = c.initiative_id
          WHERE c.to_status = 'IMPLEMENTED' AND ${inWindow('c.at')} GROUP BY sc.author_id),
       awards AS (
         SELECT sc.author_id, count(*) AS n FROM award_grants g JOIN scope sc ON sc.id = g.initiative_id
          WHERE g.revoked_at IS NULL AND ${inWindow('g.granted_at')} GROUP BY sc.author_id),
       votes AS (
         SELECT sc.author_id, count(*) AS n FROM votes v JOIN scope sc ON sc.id = v.initiative_id
          WHERE ${inWindow('v.created_at')} GROUP BY sc.author_id)
       SELECT u.id AS user_id, coalesce(im.n, 0)::int AS implemented, coalesce(aw.n, 0)::int AS awards, coalesce(vo.n, 0)::int AS votes
         FROM users u
         LEFT JOIN implemented im ON im.author_id = u.id
         LEFT JOIN awards aw ON aw.author_id = u.id
         LEFT JOIN votes vo ON vo.author_id = u.id
        WHERE coalesce(im.n, 0) + coalesce(aw.n, 0) + coalesce(vo.n, 0) > 0
        ORDER BY implemented DESC, awards DESC, votes DESC, lower(u.display_name), u.id
        LIMIT $5`,
      [viewer.id, args.spaceId ?? null, args.from ?? null, args.to ?? null, args.first],
    );
  }
}
