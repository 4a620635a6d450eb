import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { pageComplexity } from '../common/complexity';
import { FilterIdArg, IdArg } from '../common/ids';
import { PageArgs, type Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { InitiativeConnection, InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import { CustomerVoiceModel } from './customer-voice.model';
import { CustomerVoiceService } from './customer-voice.service';

@Resolver()
export class CustomerVoiceResolver {
  constructor(private readonly service: CustomerVoiceService) {}

  @Roles('MANAGER', 'ADMIN')
  @Query(() => CustomerVoiceModel, {
    description: 'MANAGER, ADMIN: what the customer said in a period (default: the last 7 days; at most 366), in one space or all.',
  })
  customerVoice(
    @CurrentViewer() viewer: Viewer,
    @FilterIdArg('spaceId') spaceId?: string | null,
    @Args('from', { type: () => Date, nullable: true }) from?: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ): Promise<CustomerVoiceModel> {
    return this.service.compute(viewer, { spaceId, from, to });
  }

  @Query(() => InitiativeConnection, {
    complexity: pageComplexity,
    description: "A space's IMPLEMENTED initiatives, most recently implemented first, for whoever sees the space.",
  })
  async youSaidWeDid(
    @CurrentViewer() viewer: Viewer,
    @IdArg('spaceId', 'This space') spaceId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<Page<InitiativeRow> & { totalCountExact: boolean }> {
    return { ...(await this.service.youSaidWeDid(viewer, spaceId, first, after)), totalCountExact: true };
  }
}

/** What became of an initiative once implemented: read through a loader, so a page costs one statement. */
@Resolver(() => InitiativeModel)
export class InitiativeImplementationResolver {
  @ResolveField(() => Date, { nullable: true, description: 'When it moved to IMPLEMENTED; null until then.' })
  async implementedAt(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (initiative.status !== 'IMPLEMENTED') return null;
    return (await ctx.loaders.implementations.load(initiative.id))?.at ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The public note of its move to IMPLEMENTED: what was done.' })
  async followUpNote(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (initiative.status !== 'IMPLEMENTED') return null;
    return (await ctx.loaders.implementations.load(initiative.id))?.note ?? null;
  }
}
