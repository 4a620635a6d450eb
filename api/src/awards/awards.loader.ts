import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { AwardGrantModel, AwardModel } from './award.model';
import { GRANT_COLUMNS } from './awards.repository';
import { preparedQuery } from '../database/prepared';

/** Awards by id, and the live grants of a page of initiatives: one statement each. */
export function createAwardLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** Live grants on each person's initiatives that the viewer may see (profile pages). */
    awardsEarned: new DataLoader<string, AwardGrantModel[]>(async (authorIds) => {
      if (!viewer) return authorIds.map(() => []);
      const rows: (AwardGrantModel & { authorId: string })[] = await db.query(
        `SELECT ${GRANT_COLUMNS}, i.author_id AS "authorId" FROM award_grants g
           JOIN initiatives i ON i.id = g.initiative_id JOIN spaces s ON s.id = i.space_id
          WHERE g.revoked_at IS NULL AND i.author_id = ANY($2::uuid[]) AND ${visibleSpaceSqlPositional('s', viewer, 1)}
          ORDER BY g.granted_at DESC, g.id DESC`,
        [viewer.id, authorIds],
      );
      const byAuthor = new Map<string, AwardGrantModel[]>(authorIds.map((id) => [id, []]));
      for (const row of rows) byAuthor.get(row.authorId)?.push(row);
      return authorIds.map((id) => byAuthor.get(id) ?? []);
    }),
    awards: new DataLoader<string, AwardModel | null>(async (ids) => {
      const rows: AwardModel[] = await db.query(
        'SELECT id, name, description, created_by_id AS "createdById" FROM awards WHERE id = ANY($1::uuid[])',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    liveGrants: new DataLoader<string, AwardGrantModel[]>(async (initiativeIds) => {
      const rows = await preparedQuery<AwardGrantModel>(
        db,
        db.manager,
        `SELECT ${GRANT_COLUMNS} FROM award_grants g
          WHERE g.initiative_id = ANY($1::uuid[]) AND g.revoked_at IS NULL ORDER BY g.granted_at DESC, g.id DESC`,
        [initiativeIds],
      );
      const byInitiative = new Map<string, AwardGrantModel[]>(initiativeIds.map((id) => [id, []]));
      for (const row of rows) byInitiative.get(row.initiativeId)?.push(row);
      return initiativeIds.map((id) => byInitiative.get(id) ?? []);
    }),
  };
}

/** This feature's part of every request's loaders (see common/request-context.ts). */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges these loaders into the request's
  interface Loaders extends ReturnType<typeof createAwardLoaders> {}
}
