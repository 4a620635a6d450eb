import { Args, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { pageComplexity } from '../common/complexity';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { FanOut } from '../live/fan-out';
import { initiativeTopic, LiveEventsService, type InitiativeEvent } from '../live/live-events.service';
import { storedOrRendered } from '../markdown/markdown';
import { ChangeStatusInput } from './dto/change-status.input';
import { EditInitiativeInput } from './dto/edit-initiative.input';
import { InitiativesArgs } from './dto/initiatives.args';
import { MergeInput } from './dto/merge.input';
import { ProposeInitiativeInput } from './dto/propose-initiative.input';
import { SimilarInitiativesArgs } from './dto/similar-initiatives.args';
import { InitiativeConnection, InitiativeModel } from './initiative.model';
import type { InitiativeRow } from './initiatives.repository';
import { InitiativesService, type InitiativePage } from './initiatives.service';
import { MergeService } from './merge.service';
import { StatusChangeModel } from './status-change.model';

@Resolver(() => InitiativeModel)
export class InitiativesResolver {
  /** Each change is loaded once for every subscriber of its initiative, then filtered per viewer. */
  private readonly updates: FanOut<InitiativeEvent, InitiativeRow>;

  constructor(
    private readonly service: InitiativesService,
    private readonly merges: MergeService,
    live: LiveEventsService,
  ) {
    this.updates = live.fanOut((event, viewers) => this.service.findForViewers(event.initiativeId, viewers));
  }

  @Query(() => InitiativeModel, { nullable: true, description: 'NOT_FOUND when it lives in a space the viewer cannot see.' })
  initiative(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This initiative') id: string): Promise<InitiativeRow> {
    return this.service.get(viewer, id);
  }

  @Query(() => InitiativeConnection, { complexity: pageComplexity })
  initiatives(@CurrentViewer() viewer: Viewer, @Args() args: InitiativesArgs): Promise<InitiativePage> {
    return this.service.list(viewer, args);
  }

  @Query(() => [InitiativeModel], { description: 'Ideas like the one being typed, in a space; never MERGED ones.' })
  similarInitiatives(@CurrentViewer() viewer: Viewer, @Args() args: SimilarInitiativesArgs): Promise<InitiativeRow[]> {
    return this.service.similar(viewer, args);
  }

  @Subscription(() => InitiativeModel, {
    resolve: (initiative: InitiativeRow) => initiative,
    description: 'The initiative each time it changes (answers, votes, comments, ratings, awards), while the viewer may see it.',
  })
  async initiativeUpdated(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id', 'This initiative') id: string,
  ): Promise<AsyncIterableIterator<InitiativeRow>> {
    const initiative = await this.service.get(viewer, id); // NOT_FOUND now rather than silence later
    return this.updates.subscribe(initiativeTopic(initiative.id), viewer);
  }

  @Mutation(() => InitiativeModel)
  proposeInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: ProposeInitiativeInput): Promise<InitiativeRow> {
    return this.service.propose(viewer, input);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => InitiativeModel, { description: 'MANAGER, ADMIN: answer with one of the allowed moves and a public note.' })
  changeInitiativeStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangeStatusInput): Promise<InitiativeRow> {
    return this.service.changeStatus(viewer, input);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => InitiativeModel, {
    description: 'MANAGER, ADMIN: fold a duplicate into another initiative of its space; returns the target.',
  })
  mergeInitiatives(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeInput): Promise<InitiativeRow> {
    return this.merges.merge(viewer, input);
  }

  @ResolveField(() => InitiativeModel, { nullable: true, description: 'Where this duplicate was merged.' })
  mergedInto(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<InitiativeRow | null> | null {
    return initiative.mergedIntoId ? ctx.loaders.visibleInitiatives.load(initiative.mergedIntoId) : null;
  }

  @Mutation(() => InitiativeModel, { description: 'The author, while SUBMITTED.' })
  editInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: EditInitiativeInput): Promise<InitiativeRow> {
    return this.service.edit(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'The author, while SUBMITTED: removes the initiative.' })
  withdrawInitiative(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This initiative') id: string): Promise<boolean> {
    return this.service.withdraw(viewer, id);
  }

  @ResolveField(() => String, { description: 'Markdown, as the author wrote it.' })
  async body(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<string> {
    return initiative.body ?? (await ctx.loaders.initiativeBodies.load(initiative.id)).body;
  }

  @ResolveField(() => String, { description: 'The body rendered from Markdown to sanitised HTML.' })
  async bodyHtml(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<string> {
    const { body, bodyHtml } =
      initiative.body === undefined
        ? await ctx.loaders.initiativeBodies.load(initiative.id)
        : { body: initiative.body, bodyHtml: initiative.bodyHtml ?? null };
    return storedOrRendered(bodyHtml, body);
  }

  @ResolveField(() => [StatusChangeModel], { description: 'Every answer, oldest first.' })
  statusHistory(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<StatusChangeModel[]> {
    return ctx.loaders.statusHistory.load(initiative.id);
  }
}
