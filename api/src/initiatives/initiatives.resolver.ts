import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { initiativeTopic, LiveEventsService, type InitiativeEvent } from '../live/live-events.service';
import { visibleEvents } from '../live/visible-events';
import { isAwaitingResponse } from '@red-chair/domain';
import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { NotFoundError } from '../common/errors';
import type { Page } from '../common/pagination';
import type { RequestContext } from '../graphql/request-context';
import { pageComplexity } from '../graphql/limits';
import { renderMarkdown } from '../markdown/markdown';
import { SpaceModel } from '../spaces/space.model';
import type { SpaceEntity } from '../spaces/space.entity';
import { UserModel } from '../users/user.model';
import type { UserEntity } from '../users/user.entity';
import { InitiativesArgs } from './dto/initiatives.args';
import { SimilarInitiativesArgs } from './dto/similar-initiatives.args';
import { ChangeStatusInput } from './dto/change-status.input';
import { EditInitiativeInput } from './dto/edit-initiative.input';
import { MergeInput } from './dto/merge.input';
import { ProposeInitiativeInput } from './dto/propose-initiative.input';
import type { InitiativeEntity } from './initiative.entity';
import { InitiativeConnection, InitiativeModel } from './initiative.model';
import { InitiativesService } from './initiatives.service';
import { MergeService } from './merge.service';
import { StatusChangeModel } from './status-change.model';

@Resolver(() => InitiativeModel)
export class InitiativesResolver {
  constructor(
    private readonly service: InitiativesService,
    private readonly merges: MergeService,
    private readonly live: LiveEventsService,
  ) {}

  @Query(() => InitiativeModel, { nullable: true, description: 'NOT_FOUND when it lives in a space the viewer cannot see.' })
  initiative(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<InitiativeEntity> {
    return this.service.get(viewer, id);
  }

  @Query(() => InitiativeConnection, { complexity: pageComplexity })
  initiatives(@CurrentViewer() viewer: Viewer, @Args() args: InitiativesArgs): Promise<Page<InitiativeEntity>> {
    return this.service.list(viewer, args);
  }

  @Query(() => [InitiativeModel], { description: 'Ideas like the one being typed, in a space; never MERGED ones.' })
  similarInitiatives(@CurrentViewer() viewer: Viewer, @Args() args: SimilarInitiativesArgs): Promise<InitiativeEntity[]> {
    return this.service.similar(viewer, args);
  }

  @Subscription(() => InitiativeModel, {
    resolve: (initiative: InitiativeEntity) => initiative,
    description: 'The initiative each time it changes (answers, votes, comments, ratings, awards), while the viewer may see it.',
  })
  async initiativeUpdated(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AsyncGenerator<InitiativeEntity>> {
    const initiative = await this.service.get(viewer, id); // NOT_FOUND now rather than silence later
    return visibleEvents(this.live.subscribe<InitiativeEvent>(initiativeTopic(initiative.id)), () => this.service.find(viewer, initiative.id));
  }

  @Mutation(() => InitiativeModel)
  proposeInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: ProposeInitiativeInput): Promise<InitiativeEntity> {
    return this.service.propose(viewer, input);
  }

  @Mutation(() => InitiativeModel, { description: 'MANAGER, ADMIN: answer with one of the allowed moves and a public note.' })
  changeInitiativeStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangeStatusInput): Promise<InitiativeEntity> {
    return this.service.changeStatus(viewer, input);
  }

  @Mutation(() => InitiativeModel, { description: 'MANAGER, ADMIN: fold a duplicate into another initiative of its space; returns the target.' })
  mergeInitiatives(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeInput): Promise<InitiativeEntity> {
    return this.merges.merge(viewer, input);
  }

  @ResolveField(() => InitiativeModel, { nullable: true, description: 'Where this duplicate was merged.' })
  mergedInto(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<InitiativeEntity | null> | null {
    return initiative.mergedIntoId ? ctx.loaders.visibleInitiatives.load(initiative.mergedIntoId) : null;
  }

  @Mutation(() => InitiativeModel, { description: 'The author, while SUBMITTED.' })
  editInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: EditInitiativeInput): Promise<InitiativeEntity> {
    return this.service.edit(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'The author, while SUBMITTED: removes the initiative.' })
  withdrawInitiative(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.withdraw(viewer, id);
  }

  @ResolveField(() => String, { description: 'The body rendered from Markdown to sanitised HTML.' })
  bodyHtml(@Parent() initiative: InitiativeEntity): string {
    return renderMarkdown(initiative.body);
  }

  @ResolveField(() => [StatusChangeModel], { description: 'Every answer, oldest first.' })
  statusHistory(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<StatusChangeModel[]> {
    return ctx.loaders.statusHistory.load(initiative.id);
  }

  @ResolveField(() => SpaceModel)
  async space(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<SpaceEntity> {
    const space = await ctx.loaders.visibleSpaces.load(initiative.spaceId);
    if (!space) throw new NotFoundError('This space'); // unreachable: the initiative was loaded through its space's visibility
    return space;
  }

  @ResolveField(() => UserModel)
  async author(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    const author = await ctx.loaders.users.load(initiative.authorId);
    if (!author) throw new NotFoundError('This author');
    return author;
  }

  @ResolveField(() => Date, { description: "When a first answer is due: proposal time plus the space's responseSlaDays." })
  async responseDueAt(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<Date> {
    const space = await ctx.loaders.visibleSpaces.load(initiative.spaceId);
    return new Date(initiative.createdAt.getTime() + (space?.responseSlaDays ?? 0) * 24 * 3600 * 1000);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When a manager first answered it.' })
  firstResponseAt(@Parent() initiative: InitiativeEntity): Date | null {
    return initiative.firstResponseAt;
  }

  @ResolveField(() => Boolean, { description: "Still SUBMITTED after the space's response deadline." })
  async awaitingResponse(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const space = await ctx.loaders.visibleSpaces.load(initiative.spaceId);
    return space !== null && isAwaitingResponse(initiative.status, initiative.createdAt, space.responseSlaDays);
  }
}
