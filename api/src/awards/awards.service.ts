import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isAdmin } from '@red-chair/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import { decodeCursor, toPage, type Page, type PageArgs } from '../common/pagination';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { LiveEventsService } from '../live/live-events.service';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';
import { AwardEntity, AwardGrantEntity } from './award.entity';
import type { AwardGrantModel } from './award.model';
import type { CreateAwardInput, GrantAwardInput } from './dto/award.inputs';
import { isUniqueViolation } from '../database/postgres-errors';
import { AwardsRepository, GRANT_COLUMNS } from './awards.repository';

@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly awards: AwardsRepository,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
  ) {}

  async create(viewer: Viewer, input: CreateAwardInput): Promise<AwardEntity> {
    try {
      const result = await this.db.getRepository(AwardEntity).insert({ name: input.name, description: input.description, createdById: viewer.id });
      return this.db.getRepository(AwardEntity).findOneByOrFail({ id: (result.identifiers[0] as { id: string }).id });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('An award with this name exists already.', { name: 'is already used' });
      throw error;
    }
  }

  /** The catalogue is public to everyone signed in: it says what the company celebrates. */
  list(): Promise<AwardEntity[]> {
    return this.db.getRepository(AwardEntity).createQueryBuilder('a').orderBy('lower(a.name)', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  /** Granted in one transaction with the AWARDED notifications to the author and followers. */
  async grant(viewer: Viewer, input: GrantAwardInput): Promise<AwardGrantModel> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.initiatives.lockVisible(tx, viewer, input.initiativeId);
      const award = await tx.findOneBy(AwardEntity, { id: input.awardId });
      if (!award) throw new NotFoundError('This award');
      if (initiative.status === 'MERGED') throw new InvalidInputError({ initiativeId: 'it was merged; grant the award to the initiative it was merged into' });
      let grantId: string;
      try {
        const result = await tx.insert(AwardGrantEntity, { awardId: award.id, initiativeId: initiative.id, grantedById: viewer.id, citation: input.citation });
        grantId = (result.identifiers[0] as { id: string }).id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('This initiative already holds this award.', { awardId: 'already granted to this initiative' });
        throw error;
      }
      await this.notifications.notifyFollowers(
        tx,
        { kind: 'AWARDED', initiativeId: initiative.id, actorId: viewer.id, detail: `${award.name} — ${input.citation}` },
        [initiative.authorId],
      );
      this.live.initiativeChanged(tx, initiative.id);
      return this.awards.findGrant(tx, grantId);
    });
  }

  /** The granter or an admin takes an award back; the grant stays in the history with the reason. */
  async revoke(viewer: Viewer, id: string, reason: string): Promise<AwardGrantModel> {
    return this.db.transaction(async (tx) => {
      const grant = await this.awards.lockVisibleGrant(tx, viewer, id);
      if (grant.grantedById !== viewer.id && !isAdmin(viewer.role)) throw new ForbiddenError('Only the manager who granted it, or an admin, can revoke an award.');
      if (grant.revokedAt) throw new InvalidInputError({ id: 'this award was already revoked' });
      await tx.update(AwardGrantEntity, { id }, { revokedAt: () => 'now()', revokedById: viewer.id, revokeReason: reason });
      this.live.initiativeChanged(tx, grant.initiativeId);
      return this.awards.findGrant(tx, id);
    });
  }

  /** Live grants, newest first, only on initiatives the viewer may see. */
  async hallOfFame(viewer: Viewer, args: PageArgs): Promise<Page<AwardGrantModel>> {
    const from = `FROM award_grants g JOIN initiatives i ON i.id = g.initiative_id JOIN spaces s ON s.id = i.space_id
      WHERE g.revoked_at IS NULL AND ${visibleSpaceSqlPositional('s', viewer, 1)}`;
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from}`, [viewer.id]);
    const params: unknown[] = [viewer.id];
    let after = '';
    if (args.after) {
      const [at, cursorId] = decodeCursor(args.after, ['string', 'string']);
      params.push(at, cursorId);
      after = 'AND (g.granted_at, g.id) < ($2::timestamptz, $3::uuid)';
    }
    params.push(args.first + 1);
    const rows: (AwardGrantModel & { cursorAt: string })[] = await this.db.query(
      `SELECT ${GRANT_COLUMNS}, to_char(g.granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
         ${from} ${after} ORDER BY g.granted_at DESC, g.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, args.first, total, (row) => [row.cursorAt, row.id]);
  }
}
