import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

@Module({ imports: [InitiativesModule, LiveModule], providers: [FollowsService, FollowsResolver] })
export class FollowsModule {}
