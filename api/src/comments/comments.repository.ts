import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { NotFoundError } from '../common/errors';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import { canRead, COMMENT_ROWS, toCommentRow, type CommentRow } from './comment-view';

type RawCommentRow = Omit<CommentRow, 'author'> & Record<string, unknown>;

@Injectable()
export class CommentsRepository {
  /**
   * The comment, locked until commit, when its initiative is visible and the viewer may read it (a
   * deleted one still answers, so its author's second delete is a no-op); NOT_FOUND otherwise.
   */
  async lockVisible(tx: EntityManager, viewer: Viewer, id: string): Promise<CommentRow> {
    const [raw]: RawCommentRow[] = await tx.query(
      `${COMMENT_ROWS} JOIN initiatives i ON i.id = c.initiative_id JOIN spaces s ON s.id = i.space_id
        WHERE c.id = $2 AND ${visibleSpaceSqlPositional('s', viewer, 1)} FOR UPDATE OF c`,
      [viewer.id, id],
    );
    const comment = raw ? toCommentRow(raw) : null;
    if (!comment || (!comment.deletedAt && !canRead(comment, viewer))) throw new NotFoundError('This comment');
    return comment;
  }

  /** `comment_count` moves with every comment that appears or leaves (hidden, deleted); a new one is activity too. */
  async count(tx: EntityManager, initiativeId: string, delta: 1 | -1, { activity = false } = {}): Promise<void> {
    await tx.query(
      `UPDATE initiatives SET comment_count = comment_count + $2${activity ? ', last_activity_at = now()' : ''} WHERE id = $1`,
      [initiativeId, delta],
    );
  }

  /** One comment with its author, as its writer sees it right after a change. */
  async find(manager: EntityManager, id: string): Promise<CommentRow> {
    const [raw]: RawCommentRow[] = await manager.query(`${COMMENT_ROWS} WHERE c.id = $1`, [id]);
    return toCommentRow(raw);
  }
}
