import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { NotFoundError } from '../common/errors';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import { CommentModel } from './comment.model';
import { CommentsService } from './comments.service';
import { CommentInput, EditCommentArgs } from './dto/comment.input';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Mutation(() => CommentModel, { description: 'Comment, or reply to a top-level comment; the commenter follows the initiative.' })
  commentOnInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: CommentInput): Promise<CommentModel> {
    return this.service.comment(viewer, input);
  }

  @Mutation(() => CommentModel, { description: 'The author edits their own comment.' })
  editComment(@CurrentViewer() viewer: Viewer, @Args() args: EditCommentArgs): Promise<CommentModel> {
    return this.service.edit(viewer, args.id, args.body);
  }

  @Mutation(() => Boolean, { description: 'The author deletes their own comment (replies stay).' })
  deleteComment(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This comment') id: string): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => CommentModel, { description: 'MANAGER, ADMIN: hide a comment from everyone but managers and its author.' })
  hideComment(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This comment') id: string): Promise<CommentModel> {
    return this.service.setHidden(viewer, id, true);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => CommentModel, { description: 'MANAGER, ADMIN: show a hidden comment again.' })
  unhideComment(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This comment') id: string): Promise<CommentModel> {
    return this.service.setHidden(viewer, id, false);
  }

  @ResolveField(() => InitiativeModel)
  async initiative(@Parent() comment: CommentModel, @Ctx() ctx: RequestContext): Promise<InitiativeRow> {
    const initiative = await ctx.loaders.visibleInitiatives.load(comment.initiativeId);
    if (!initiative) throw new NotFoundError('This initiative');
    return initiative;
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'The comment this one answers.' })
  parent(@Parent() comment: CommentModel, @Ctx() ctx: RequestContext): Promise<CommentModel | null> | null {
    return comment.parentId ? ctx.loaders.comments.load(comment.parentId) : null;
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeCommentsResolver {
  @ResolveField(() => [CommentModel], { description: 'Top-level comments, oldest first, with their replies.' })
  comments(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<CommentModel[]> {
    return ctx.loaders.threads.load(initiative.id);
  }
}
