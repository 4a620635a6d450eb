import { Module } from '@nestjs/common';

import { SpacesModule } from '../spaces/spaces.module';
import { PeopleRepository } from './people.repository';
import { LeaderboardEntryResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** Profiles and the leaderboard: recognition that reinforces the culture. */
@Module({ imports: [SpacesModule], providers: [PeopleRepository, PeopleService, PeopleResolver, LeaderboardEntryResolver] })
export class PeopleModule {}
