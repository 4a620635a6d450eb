import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import { SpacesService } from '../spaces/spaces.service';
import { UserEntity } from '../users/user.entity';
import type { LeaderboardArgs, LeaderboardEntry } from './leaderboard.model';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesService,
  ) {}

  /** A person's public profile: anyone signed in may look people up by id. */
  async profile(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('This person');
    return user;
  }

  /**
   * Who is recognised in a space (or every space the viewer sees) over a period: implemented
   * initiatives, then awards, then votes received; only what the viewer may see counts.
   */
  async leaderboard(viewer: Viewer, args: LeaderboardArgs): Promise<LeaderboardEntry[]> {
    if (args.from && args.to && args.from > args.to) throw new InvalidInputError({ to: 'must not be before from' });
    if (args.spaceId) await this.spaces.findVisible(viewer, { id: args.spaceId });
    const inWindow = (column: string) => `($3::timestamptz IS NULL OR ${column} >= $3) AND ($4::timestamptz IS NULL OR ${column} < $4)`;
    const rows: { user_id: string; implemented: number; awards: number; votes: number }[] = await this.db.query(
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
    return rows.map((row) => ({ userId: row.user_id, implementedCount: row.implemented, awardCount: row.awards, votesReceived: row.votes }));
  }
}
