import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { NotFoundError } from '../common/errors';
import { idKey, Keyset, timeKey, type CursorColumns, type Page, type PageArgs } from '../common/pagination';
import { preparedQuery } from '../common/prepared';
import { SqlParameters } from '../common/sql';
import type { Viewer } from '../common/viewer';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { AwardGrantModel, AwardModel } from './award.model';

/** An award_grants row `g` as an AwardGrantModel. */
export const GRANT_COLUMNS = `g.id, g.award_id AS "awardId", g.initiative_id AS "initiativeId", g.granted_by_id AS "grantedById",
  g.citation, g.granted_at AS "grantedAt", g.revoked_at AS "revokedAt", g.revoked_by_id AS "revokedById", g.revoke_reason AS "revokeReason"`;

/** The hall of fame: newest grants first. */
const NEWEST = new Keyset([timeKey('g.granted_at'), idKey('g.id')]);

@Injectable()
export class AwardsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Live grants on each person's initiatives that the viewer may see (profile pages), newest first. */
  earnedBy(viewer: Viewer, authorIds: readonly string[]): Promise<(AwardGrantModel & { authorId: string })[]> {
    return this.db.query(
      `SELECT ${GRANT_COLUMNS}, i.author_id AS "authorId" FROM award_grants g
         JOIN initiatives i ON i.id = g.initiative_id JOIN spaces s ON s.id = i.space_id
        WHERE g.revoked_at IS NULL AND i.author_id = ANY($2::uuid[]) AND ${visibleSpaceSqlPositional('s', viewer, 1)}
        ORDER BY g.granted_at DESC, g.id DESC`,
      [viewer.id, authorIds],
    );
  }

  awardsByIds(ids: readonly string[]): Promise<AwardModel[]> {
    return this.db.query('SELECT id, name, description, created_by_id AS "createdById" FROM awards WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** The live grants of these initiatives, newest first (the initiative page and feed cards). */
  liveGrantsOf(initiativeIds: readonly string[]): Promise<AwardGrantModel[]> {
    return preparedQuery<AwardGrantModel>(
      this.db,
      this.db.manager,
      `SELECT ${GRANT_COLUMNS} FROM award_grants g
        WHERE g.initiative_id = ANY($1::uuid[]) AND g.revoked_at IS NULL ORDER BY g.granted_at DESC, g.id DESC`,
      [initiativeIds],
    );
  }

  /** Live grants on initiatives the viewer may see, newest first. */
  async hallOfFame(viewer: Viewer, args: PageArgs): Promise<Page<AwardGrantModel>> {
    const params = new SqlParameters();
    params.add(viewer.id);
    const from = `FROM award_grants g JOIN initiatives i ON i.id = g.initiative_id JOIN spaces s ON s.id = i.space_id
      WHERE g.revoked_at IS NULL AND ${visibleSpaceSqlPositional('s', viewer, 1)}`;
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from}`, [viewer.id]);
    const after = args.after ? `AND ${NEWEST.after(args.after, params)}` : '';
    const rows: (AwardGrantModel & CursorColumns)[] = await this.db.query(
      `SELECT ${GRANT_COLUMNS}, ${NEWEST.cursorColumns} ${from} ${after} ORDER BY ${NEWEST.orderBy} LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
    return NEWEST.page(rows, args.first, total, (row) => row);
  }

  /** The grant, locked until commit, when its initiative is visible to the viewer; NOT_FOUND otherwise. */
  async lockVisibleGrant(tx: EntityManager, viewer: Viewer, id: string): Promise<AwardGrantModel> {
    const [grant]: AwardGrantModel[] = await tx.query(
      `SELECT ${GRANT_COLUMNS} FROM award_grants g JOIN initiatives i ON i.id = g.initiative_id JOIN spaces s ON s.id = i.space_id
        WHERE g.id = $2 AND ${visibleSpaceSqlPositional('s', viewer, 1)} FOR UPDATE OF g`,
      [viewer.id, id],
    );
    if (!grant) throw new NotFoundError('This award grant');
    return grant;
  }

  async findGrant(manager: EntityManager, id: string): Promise<AwardGrantModel> {
    const [grant]: AwardGrantModel[] = await manager.query(`SELECT ${GRANT_COLUMNS} FROM award_grants g WHERE g.id = $1`, [id]);
    return grant;
  }
}
