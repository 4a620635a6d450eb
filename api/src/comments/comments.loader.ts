import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { CommentModel } from './comment.model';
import { userFromRow, userColumns, type UserLoader } from '../users/users.loader';
import { canRead, threadFor, toCommentModel, type CommentRow } from './comment-view';
import { preparedQuery } from '../database/prepared';

const COLUMNS = `c.id, c.initiative_id AS "initiativeId", c.author_id AS "authorId", c.parent_id AS "parentId", c.body, c.body_html AS "bodyHtml",
  c.hidden_at AS "hiddenAt", c.deleted_at AS "deletedAt", c.created_at AS "createdAt", c.edited_at AS "editedAt"`;

/**
 * The threads of a page of initiatives in one statement, shaped for the viewer in memory; their
 * authors come in the same statement and prime the users loader.
 */
export function createCommentLoaders(db: DataSource, viewer: Viewer | null, users: UserLoader) {
  return {
    threads: new DataLoader<string, CommentModel[]>(async (initiativeIds) => {
      if (!viewer) return initiativeIds.map(() => []);
      const rows = await preparedQuery<CommentRow>(
        db,
        db.manager,
        `SELECT ${COLUMNS}, ${userColumns('a', 'author.')} FROM comments c JOIN users a ON a.id = c.author_id
          WHERE c.initiative_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
        [initiativeIds],
      );
      for (const row of rows) {
        const author = userFromRow(row as unknown as Record<string, unknown>, 'author.');
        users.clear(author.id).prime(author.id, author);
      }
      const byInitiative = new Map<string, CommentRow[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) byInitiative.get(row.initiativeId)?.push(row);
      return initiativeIds.map((id) => threadFor(byInitiative.get(id) ?? [], viewer));
    }),
    /** Comments by id (a reply's parent): the text only when the viewer may read it. */
    comments: new DataLoader<string, CommentModel | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows: CommentRow[] = await db.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((row) => [row.id, toCommentModel(row, canRead(row, viewer))]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
