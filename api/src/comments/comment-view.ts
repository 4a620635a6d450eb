import { isManager } from '@red-chair/domain';
import type { Viewer } from '../common/viewer';
import { storedOrRendered } from '../markdown/markdown';
import type { UserEntity } from '../users/user.entity';
import { userColumns, userFromRow } from '../users/users.loader';
import type { CommentModel } from './comment.model';

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

/** Whether this viewer reads the comment's text. */
export function canRead(row: Pick<CommentRow, 'deletedAt' | 'hiddenAt' | 'authorId'>, viewer: Viewer): boolean {
  if (row.deletedAt) return false;
  return !row.hiddenAt || isManager(viewer.role) || row.authorId === viewer.id;
}

export const toCommentModel = (row: CommentRow, readable: boolean, replies: CommentModel[] = []): CommentModel => ({
  id: row.id,
  initiativeId: row.initiativeId,
  authorId: row.authorId,
  parentId: row.parentId,
  body: readable ? row.body : '',
  bodyHtml: readable ? storedOrRendered(row.bodyHtml, row.body) : '',
  hidden: row.hiddenAt !== null,
  deleted: row.deletedAt !== null,
  createdAt: row.createdAt,
  editedAt: row.editedAt,
  author: row.author,
  replies,
});

/**
 * One initiative's thread as this viewer sees it, oldest first: comments they can read, and, as
 * empty placeholders, deleted or hidden top-level comments that still have replies they can read.
 */
export function threadFor(rows: readonly CommentRow[], viewer: Viewer): CommentModel[] {
  const repliesByParent = new Map<string, CommentModel[]>();
  for (const row of rows) {
    if (row.parentId && canRead(row, viewer)) {
      const list = repliesByParent.get(row.parentId) ?? [];
      list.push(toCommentModel(row, true));
      repliesByParent.set(row.parentId, list);
    }
  }
  const thread: CommentModel[] = [];
  for (const row of rows) {
    if (row.parentId) continue;
    const replies = repliesByParent.get(row.id) ?? [];
    const readable = canRead(row, viewer);
    if (readable || replies.length) thread.push(toCommentModel(row, readable, replies));
  }
  return thread;
}
