import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { NotFoundError } from '../common/errors';
import { preparedQuery } from '../common/prepared';
import type { Viewer } from '../common/viewer';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { UserEntity } from '../users/user.entity';
import { userColumns, userFromRow } from '../users/users.repository';
import { canRead } from './comment-view';

/** A comment with its author, as COMMENT_ROWS reads it. */
export interface CommentRow {
  id: string;
  initiativeId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  bodyHtml: string | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  editedAt: Date | null;
  author: UserEntity;
}

/** The SELECT … FROM of CommentRow: the comment and its author in one row (toCommentRow lifts it out). */
export const COMMENT_ROWS = `SELECT c.id, c.initiative_id AS "initiativeId", c.author_id AS "authorId", c.parent_id AS "parentId",
    c.body, c.body_html AS "bodyHtml", c.hidden_at AS "hiddenAt", c.deleted_at AS "deletedAt", c.created_at AS "createdAt",
    c.edited_at AS "editedAt", ${userColumns('a', 'author.')}
  FROM comments c JOIN users a ON a.id = c.author_id`;

export const toCommentRow = (raw: Omit<CommentRow, 'author'> & Record<string, unknown>): CommentRow => ({
  id: raw.id,
  initiativeId: raw.initiativeId,
  authorId: raw.authorId,
  parentId: raw.parentId,
  body: raw.body,
  bodyHtml: raw.bodyHtml,
  hiddenAt: raw.hiddenAt,
  deletedAt: raw.deletedAt,
  createdAt: raw.createdAt,
  editedAt: raw.editedAt,
  author: userFromRow(raw, 'author.'),
});

export type RawCommentRow = Omit<CommentRow, 'author'> & Record<string, unknown>;

@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every comment of these initiatives with its author, oldest first (one statement for a page). */
  async ofInitiatives(initiativeIds: readonly string[]): Promise<CommentRow[]> {
    const rows = await preparedQuery<RawCommentRow>(
      this.db,
      this.db.manager,
      `${COMMENT_ROWS} WHERE c.initiative_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
      [initiativeIds],
    );
    return rows.map(toCommentRow);
  }

  async byIds(ids: readonly string[]): Promise<CommentRow[]> {
    const rows: RawCommentRow[] = await this.db.query(`${COMMENT_ROWS} WHERE c.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toCommentRow);
  }

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
