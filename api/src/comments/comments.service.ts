import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditLog } from '../audit/audit-log.service';
import { ForbiddenError, InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';
import { renderMarkdown } from '../markdown/markdown';
import { NotificationsService } from '../notifications/notifications.service';
import { canRead, toCommentModel } from './comment-view';
import { CommentEntity } from './comment.entity';
import type { CommentModel } from './comment.model';
import { CommentsRepository } from './comments.repository';
import type { CommentInput } from './dto/comment.input';

/** A comment counts in `comment_count` while it is neither hidden nor deleted. */
const counts = (row: Pick<CommentEntity, 'hiddenAt' | 'deletedAt'>) => !row.hiddenAt && !row.deletedAt;

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly comments: CommentsRepository,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly audit: AuditLog,
  ) {}

  async comment(viewer: Viewer, input: CommentInput): Promise<CommentModel> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.initiatives.lockVisible(tx, viewer, input.initiativeId);
      if (input.parentId) {
        const parent = await tx.findOneBy(CommentEntity, { id: input.parentId, initiativeId: initiative.id });
        if (!parent || parent.deletedAt || !canRead(parent, viewer))
          throw new InvalidInputError({ parentId: 'no such comment on this initiative' });
        if (parent.parentId) throw new InvalidInputError({ parentId: 'replies go one level deep: answer the top-level comment' });
      }
      const result = await tx.insert(CommentEntity, {
        initiativeId: initiative.id,
        authorId: viewer.id,
        parentId: input.parentId ?? null,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.comments.count(tx, initiative.id, 1, { activity: true });
      await this.initiatives.addParticipant(tx, initiative.id, viewer.id); // commenters hear the replies
      await this.notifications.notifyFollowers(tx, {
        kind: 'COMMENTED',
        initiativeId: initiative.id,
        actorId: viewer.id,
        detail: excerpt(input.body),
        commentId: id,
      });
      this.live.initiativeChanged(tx, initiative.id);
      return this.view(tx, id);
    });
  }

  async edit(viewer: Viewer, id: string, body: string): Promise<CommentModel> {
    return this.db.transaction(async (tx) => {
      const comment = await this.comments.lockVisible(tx, viewer, id);
      if (comment.authorId !== viewer.id) throw new ForbiddenError('Only its author can edit a comment.');
      if (comment.deletedAt) throw new InvalidInputError({ id: 'this comment was deleted' });
      await tx.update(CommentEntity, { id }, { body, bodyHtml: renderMarkdown(body), editedAt: () => 'now()' });
      if (!comment.hiddenAt) await this.notifications.setCommentExcerpt(tx, id, excerpt(body));
      this.live.initiativeChanged(tx, comment.initiativeId);
      return this.view(tx, id);
    });
  }

  /** The author takes their words back; the row stays (text erased) so replies keep their place. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const comment = await this.comments.lockVisible(tx, viewer, id);
      if (comment.authorId !== viewer.id) throw new ForbiddenError('Only its author can delete a comment; managers hide it.');
      if (comment.deletedAt) return true;
      await tx.update(CommentEntity, { id }, { body: '', bodyHtml: '', deletedAt: () => 'now()' });
      await this.notifications.setCommentExcerpt(tx, id, null);
      this.live.initiativeChanged(tx, comment.initiativeId);
      if (counts(comment)) await this.comments.count(tx, comment.initiativeId, -1);
      return true;
    });
  }

  /** Managers hide any comment (and may show it again); hidden ones leave the count. */
  async setHidden(viewer: Viewer, id: string, hidden: boolean): Promise<CommentModel> {
    return this.db.transaction(async (tx) => {
      const comment = await this.comments.lockVisible(tx, viewer, id);
      if (comment.deletedAt) throw new InvalidInputError({ id: 'this comment was deleted' });
      if (Boolean(comment.hiddenAt) !== hidden) {
        await tx.update(
          CommentEntity,
          { id },
          hidden ? { hiddenAt: () => 'now()', hiddenById: viewer.id } : { hiddenAt: null, hiddenById: null },
        );
        await this.comments.count(tx, comment.initiativeId, hidden ? -1 : 1);
        await this.notifications.setCommentExcerpt(tx, id, hidden ? null : excerpt(comment.body));
        this.live.initiativeChanged(tx, comment.initiativeId);
        await this.audit.record(
          tx,
          viewer,
          hidden ? 'COMMENT_HIDDEN' : 'COMMENT_UNHIDDEN',
          { type: 'COMMENT', id },
          { initiativeId: comment.initiativeId },
        );
      }
      return this.view(tx, id);
    });
  }

  private async view(tx: EntityManager, id: string): Promise<CommentModel> {
    return toCommentModel(await this.comments.find(tx, id), true);
  }
}

/** The first words of a comment, for a notification line. */
export function excerpt(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
