import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/request-context';
import type { InitiativeEntity } from '../initiatives/initiative.entity';
import { InitiativeModel } from '../initiatives/initiative.model';
import { VotesService } from './votes.service';

@Resolver(() => InitiativeModel)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => InitiativeModel, { description: 'One vote per person; voting twice is a no-op. Refused on DECLINED and MERGED.' })
  voteInitiative(@CurrentViewer() viewer: Viewer, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<InitiativeEntity> {
    return this.votes.vote(viewer, initiativeId);
  }

  @Mutation(() => InitiativeModel)
  unvoteInitiative(@CurrentViewer() viewer: Viewer, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<InitiativeEntity> {
    return this.votes.unvote(viewer, initiativeId);
  }

  @ResolveField(() => Boolean)
  viewerHasVoted(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.viewerVotes.load(initiative.id);
  }
}
