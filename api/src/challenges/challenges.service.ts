import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { personCanSeeSpaceSql, visibleSpaceSql } from '../spaces/space-visibility';
import { SpacesService } from '../spaces/spaces.service';
import { LiveEventsService } from '../live/live-events.service';
import { ChallengeEntity } from './challenge.entity';
import { challengeState, ChallengeState } from './challenge.model';
import type { LaunchChallengeInput } from './dto/launch-challenge.input';

@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesService,
    private readonly live: LiveEventsService,
  ) {}

  async launch(viewer: Viewer, input: LaunchChallengeInput): Promise<ChallengeEntity> {
    const space = await this.spaces.findVisible(viewer, { id: input.spaceId });
    if (input.closesAt.getTime() <= input.opensAt.getTime()) throw new InvalidInputError({ closesAt: 'must be after opensAt' });
    if (input.closesAt.getTime() <= Date.now()) throw new InvalidInputError({ closesAt: 'must be in the future' });
    return this.db.transaction(async (tx) => {
      const result = await tx.insert(ChallengeEntity, {
        spaceId: space.id,
        title: input.title,
        brief: input.brief,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        createdById: viewer.id,
      });
      // Open already? Its members hear it now, in this transaction; otherwise the opening job tells them.
      await this.announceDue(tx);
      return tx.findOneByOrFail(ChallengeEntity, { id: (result.identifiers[0] as { id: string }).id });
    });
  }

  /** The viewer's challenges: only in spaces they see; open ones first, then upcoming, then closed. */
  list(viewer: Viewer, spaceId: string | null | undefined): Promise<ChallengeEntity[]> {
    const query = this.db
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .innerJoin('spaces', 's', 's.id = c.space_id')
      .where(visibleSpaceSql('s', viewer), { viewerId: viewer.id });
    if (spaceId) query.andWhere('c.space_id = :spaceId', { spaceId });
    return query
      .addSelect(`CASE WHEN now() < c.opens_at THEN 1 WHEN now() < c.closes_at THEN 0 ELSE 2 END`, 'state_order')
      .orderBy('state_order', 'ASC')
      .addOrderBy('c.opens_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** One challenge, NOT_FOUND when its space is hidden from the viewer. */
  async get(viewer: Viewer, id: string): Promise<ChallengeEntity> {
    const challenge = await this.db
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .innerJoin('spaces', 's', 's.id = c.space_id')
      .where('c.id = :id', { id })
      .andWhere(visibleSpaceSql('s', viewer), { viewerId: viewer.id })
      .getOne();
    if (!challenge) throw new NotFoundError('This challenge');
    return challenge;
  }

  /** For proposeInitiative: the challenge must be of the same space and open right now. */
  async assertOpenIn(tx: EntityManager, challengeId: string, spaceId: string): Promise<void> {
    const challenge = await tx.findOneBy(ChallengeEntity, { id: challengeId });
    if (!challenge || challenge.spaceId !== spaceId) throw new InvalidInputError({ challengeId: 'no such challenge in this space' });
    const state = challengeState(challenge.opensAt, challenge.closesAt);
    if (state !== ChallengeState.OPEN) throw new InvalidInputError({ challengeId: `this challenge is ${state.toLowerCase()}` });
  }

  /**
   * Tells the members of the space of every challenge that has opened and was not announced yet
   * (CHALLENGE_OPENED), and marks it announced, in one statement: exactly once, whether the job
   * runs on one instance or several, before or after a restart.
   */
  async announceDue(manager: EntityManager = this.db.manager): Promise<number> {
    const told: { id: string; recipient_id: string }[] = await manager.query(
      `WITH due AS (
         UPDATE challenges SET opened_notified_at = now()
          WHERE opened_notified_at IS NULL AND opens_at <= now()
         RETURNING id, space_id, created_by_id, title),
       told AS (
         INSERT INTO notifications (recipient_id, kind, challenge_id, actor_id, detail)
         SELECT u.id, 'CHALLENGE_OPENED', due.id, due.created_by_id, due.title
           FROM due
           JOIN spaces s ON s.id = due.space_id
           JOIN space_members m ON m.space_id = due.space_id
           JOIN users u ON u.id = m.user_id
          WHERE u.deactivated_at IS NULL AND u.id IS DISTINCT FROM due.created_by_id AND ${personCanSeeSpaceSql('s', 'u')}
         RETURNING id, recipient_id)
       SELECT id, recipient_id FROM told`,
    );
    this.live.notificationsAdded(manager, told);
    return told.length;
  }
}
