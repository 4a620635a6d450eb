import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { itself, manyByKey, oneByKey } from '../common/batch';
import { readRows, type SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';
import { canRead, threadFor, toCommentModel } from './comment-view';
import type { CommentModel } from './comment.model';
import { CommentsRepository } from './comments.repository';

/** The threads of a page of initiatives in one statement, with their authors, shaped for the viewer in memory. */
export function createCommentLoaders(db: DataSource, viewer: Viewer | null, shared?: SharedReads) {
  const comments = new CommentsRepository(db);
  const threadRows = readRows(
    shared,
    'comments',
    (ids) => comments.ofInitiatives(ids),
    (row) => row.initiativeId,
  );
  return {
    threads: new DataLoader<string, CommentModel[]>(async (initiativeIds) => {
      if (!viewer) return initiativeIds.map(() => []);
      const rows = await threadRows(initiativeIds);
      return manyByKey(initiativeIds, rows, (row) => row.initiativeId, itself).map((thread) => threadFor(thread, viewer));
    }),
    /** Comments by id (a reply's parent): the text only when the viewer may read it. */
    comments: new DataLoader<string, CommentModel | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      return oneByKey(
        ids,
        await comments.byIds(ids),
        (row) => row.id,
        null,
        (row) => toCommentModel(row, canRead(row, viewer)),
      );
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createCommentLoaders> {}
}
