import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { preparedQuery } from '../database/prepared';
import type { CommentModel } from './comment.model';
import { canRead, COMMENT_ROWS, threadFor, toCommentModel, toCommentRow, type CommentRow } from './comment-view';

type RawCommentRow = Omit<CommentRow, 'author'> & Record<string, unknown>;

/** The threads of a page of initiatives in one statement, with their authors, shaped for the viewer in memory. */
export function createCommentLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    threads: new DataLoader<string, CommentModel[]>(async (initiativeIds) => {
      if (!viewer) return initiativeIds.map(() => []);
      const rows = await preparedQuery<RawCommentRow>(db, db.manager, `${COMMENT_ROWS} WHERE c.initiative_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`, [
        initiativeIds,
      ]);
      const byInitiative = new Map<string, CommentRow[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) byInitiative.get(row.initiativeId)?.push(toCommentRow(row));
      return initiativeIds.map((id) => threadFor(byInitiative.get(id) ?? [], viewer));
    }),
    /** Comments by id (a reply's parent): the text only when the viewer may read it. */
    comments: new DataLoader<string, CommentModel | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows: RawCommentRow[] = await db.query(`${COMMENT_ROWS} WHERE c.id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map(toCommentRow).map((row) => [row.id, toCommentModel(row, canRead(row, viewer))]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createCommentLoaders> {}
}
