import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { CommentsResolver, InitiativeCommentsResolver } from '../comments/comments.resolver';
import { CommentsRepository } from '../comments/comments.repository';
import { CommentsService } from '../comments/comments.service';
import { FollowsResolver } from '../follows/follows.resolver';
import { FollowsService } from '../follows/follows.service';
import { RatingsResolver } from '../ratings/ratings.resolver';
import { RatingsService } from '../ratings/ratings.service';
import { SpacesModule } from '../spaces/spaces.module';
import { VotesResolver } from '../votes/votes.resolver';
import { VotesRepository } from '../votes/votes.repository';
import { VotesService } from '../votes/votes.service';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { MergeService } from './merge.service';
import { StatusChangeResolver } from './status-change.resolver';

/** Initiatives and what people do to them (votes, follows, comments): one module, a folder per feature. */
@Module({
  imports: [SpacesModule, ChallengesModule],
  providers: [
    InitiativesRepository,
    InitiativesService,
    MergeService,
    InitiativesResolver,
    StatusChangeResolver,
    VotesRepository,
    VotesService,
    VotesResolver,
    FollowsService,
    FollowsResolver,
    CommentsRepository,
    CommentsService,
    CommentsResolver,
    InitiativeCommentsResolver,
    RatingsService,
    RatingsResolver,
  ],
  exports: [InitiativesRepository, FollowsService],
})
export class InitiativesModule {}
