import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { SpacesModule } from '../spaces/spaces.module';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { SpaceFollowsResolver } from './space-follows.resolver';
import { SpaceFollowsService } from './space-follows.service';

@Module({
  imports: [InitiativesModule, LiveModule, SpacesModule],
  providers: [FollowsService, FollowsResolver, SpaceFollowsService, SpaceFollowsResolver],
})
export class FollowsModule {}
