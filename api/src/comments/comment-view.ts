import { isManager } from '@red-chair/domain';

import type { Viewer } from '../common/viewer';
import { storedOrRendered } from '../markdown/markdown';
import type { CommentModel } from './comment.model';
import type { CommentRow } from './comments.repository';

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
