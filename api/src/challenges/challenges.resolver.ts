import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { NotFoundError } from '../common/errors';
import { FilterIdArg, IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { renderMarkdown } from '../markdown/markdown';
import type { SpaceEntity } from '../spaces/space.entity';
import { SpaceModel } from '../spaces/space.model';
import type { ChallengeEntity } from './challenge.entity';
import { ChallengeModel, challengeState, ChallengeState } from './challenge.model';
import { ChallengesService } from './challenges.service';
import { LaunchChallengeInput } from './dto/launch-challenge.input';

@Resolver(() => ChallengeModel)
export class ChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  @Query(() => [ChallengeModel], { description: 'Challenges in the spaces the viewer sees (or in one space): open first.' })
  challenges(@CurrentViewer() viewer: Viewer, @FilterIdArg('spaceId') spaceId?: string | null): Promise<ChallengeEntity[]> {
    return this.service.list(viewer, spaceId);
  }

  @Query(() => ChallengeModel, { nullable: true, description: 'One challenge; NOT_FOUND when its space is hidden.' })
  challenge(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This challenge') id: string): Promise<ChallengeEntity> {
    return this.service.get(viewer, id);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => ChallengeModel, { description: 'MANAGER, ADMIN. The space’s members are told when it opens.' })
  launchChallenge(@CurrentViewer() viewer: Viewer, @Args('input') input: LaunchChallengeInput): Promise<ChallengeEntity> {
    return this.service.launch(viewer, input);
  }

  @ResolveField(() => ChallengeState)
  state(@Parent() challenge: ChallengeEntity): ChallengeState {
    return challengeState(challenge.opensAt, challenge.closesAt);
  }

  @ResolveField(() => String, { description: 'The brief rendered from Markdown to sanitised HTML.' })
  briefHtml(@Parent() challenge: ChallengeEntity): string {
    return renderMarkdown(challenge.brief);
  }

  @ResolveField(() => SpaceModel)
  async space(@Parent() challenge: ChallengeEntity, @Ctx() ctx: RequestContext): Promise<SpaceEntity> {
    const space = await ctx.loaders.visibleSpaces.load(challenge.spaceId);
    if (!space) throw new NotFoundError('This space');
    return space;
  }

  @ResolveField(() => Int)
  initiativeCount(@Parent() challenge: ChallengeEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.challengeInitiativeCounts.load(challenge.id);
  }
}
