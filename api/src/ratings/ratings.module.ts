import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { RatingsResolver } from './ratings.resolver';
import { RatingsService } from './ratings.service';

@Module({ imports: [InitiativesModule, LiveModule], providers: [RatingsService, RatingsResolver] })
export class RatingsModule {}
