import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { isAdmin } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import type { Page, PageArgs } from '../common/pagination';
import { isUniqueViolation } from '../common/postgres-errors';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AwardEntity, AwardGrantEntity } from './award.entity';
import type { AwardGrantModel } from './award.model';
import { AwardsRepository } from './awards.repository';
import type { CreateAwardInput, GrantAwardInput } from './dto/award.inputs';

@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly awards: AwardsRepository,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly audit: AuditLog,
  ) {}

  async create(viewer: Viewer, input: CreateAwardInput): Promise<AwardEntity> {
    try {
      return await this.db.transaction(async (tx) => {
        const result = await tx.insert(AwardEntity, { name: input.name, description: input.description, createdById: viewer.id });
        const id = (result.identifiers[0] as { id: string }).id;
        await this.audit.record(tx, viewer, 'AWARD_CREATED', { type: 'AWARD', id }, { name: input.name });
        return tx.findOneByOrFail(AwardEntity, { id });
      });
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
      if (initiative.status === 'MERGED')
        throw new InvalidInputError({ initiativeId: 'it was merged; grant the award to the initiative it was merged into' });
      let grantId: string;
      try {
        const result = await tx.insert(AwardGrantEntity, {
          awardId: award.id,
          initiativeId: initiative.id,
          grantedById: viewer.id,
          citation: input.citation,
        });
        grantId = (result.identifiers[0] as { id: string }).id;
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError('This initiative already holds this award.', { awardId: 'already granted to this initiative' });
        throw error;
      }
      await this.notifications.notifyFollowers(
        tx,
        { kind: 'AWARDED', initiativeId: initiative.id, actorId: viewer.id, detail: `${award.name} — ${input.citation}` },
        [initiative.authorId],
      );
      this.live.initiativeChanged(tx, initiative.id);
      await this.audit.record(
        tx,
        viewer,
        'AWARD_GRANTED',
        { type: 'AWARD_GRANT', id: grantId },
        { awardId: award.id, initiativeId: initiative.id, citation: input.citation },
      );
      return this.awards.findGrant(tx, grantId);
    });
  }

  /** The granter or an admin takes an award back; the grant stays in the history with the reason. */
  async revoke(viewer: Viewer, id: string, reason: string): Promise<AwardGrantModel> {
    return this.db.transaction(async (tx) => {
      const grant = await this.awards.lockVisibleGrant(tx, viewer, id);
      if (grant.grantedById !== viewer.id && !isAdmin(viewer.role))
        throw new ForbiddenError('Only the manager who granted it, or an admin, can revoke an award.');
      if (grant.revokedAt) throw new InvalidInputError({ id: 'this award was already revoked' });
      await tx.update(AwardGrantEntity, { id }, { revokedAt: () => 'now()', revokedById: viewer.id, revokeReason: reason });
      this.live.initiativeChanged(tx, grant.initiativeId);
      await this.audit.record(tx, viewer, 'AWARD_REVOKED', { type: 'AWARD_GRANT', id }, { initiativeId: grant.initiativeId, reason });
      return this.awards.findGrant(tx, id);
    });
  }

  /** Live grants, newest first, only on initiatives the viewer may see. */
  hallOfFame(viewer: Viewer, args: PageArgs): Promise<Page<AwardGrantModel>> {
    return this.awards.hallOfFame(viewer, args);
  }
}
