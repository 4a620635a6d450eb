import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { InvalidInputError, NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { SpacesService } from '../spaces/spaces.service';
import { UserEntity } from '../users/user.entity';
import type { LeaderboardArgs, LeaderboardEntry } from './leaderboard.model';
import { PeopleRepository } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
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
    const rows = await this.people.leaderboard(viewer, args);
    return rows.map((row) => ({
      userId: row.user_id,
      implementedCount: row.implemented,
      awardCount: row.awards,
      votesReceived: row.votes,
    }));
  }
}
