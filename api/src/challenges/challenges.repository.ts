import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { spaceFollowerIdsSql } from '../follows/space-followers';
import type { AddedNotification } from '../live/live-events.service';
import { personCanSeeSpaceSql, visibleSpaceSql } from '../spaces/space-visibility';
import { ChallengeEntity } from './challenge.entity';

@Injectable()
export class ChallengesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private visible(viewer: Viewer) {
    return this.db
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .innerJoin('spaces', 's', 's.id = c.space_id')
      .where(visibleSpaceSql('s', viewer), { viewerId: viewer.id });
  }

  /** In the spaces the viewer sees (or in one): open first, then upcoming, then closed. */
  listVisible(viewer: Viewer, spaceId: string | null): Promise<ChallengeEntity[]> {
    const query = this.visible(viewer);
    if (spaceId) query.andWhere('c.space_id = :spaceId', { spaceId });
    return query
      .addSelect(`CASE WHEN now() < c.opens_at THEN 1 WHEN now() < c.closes_at THEN 0 ELSE 2 END`, 'state_order')
      .orderBy('state_order', 'ASC')
      .addOrderBy('c.opens_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  async byIds(ids: readonly string[]): Promise<ChallengeEntity[]> {
    return this.db.getRepository(ChallengeEntity).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }

  /** How many initiatives answer each challenge (those without any are absent). */
  initiativeCounts(ids: readonly string[]): Promise<{ challenge_id: string; count: number }[]> {
    return this.db.query(
      'SELECT challenge_id, count(*)::int AS count FROM initiatives WHERE challenge_id = ANY($1::uuid[]) GROUP BY challenge_id',
      [ids],
    );
  }

  /** NOT_FOUND when it does not exist or its space is hidden from the viewer. */
  async findVisible(viewer: Viewer, id: string): Promise<ChallengeEntity> {
    const challenge = await this.visible(viewer).andWhere('c.id = :id', { id }).getOne();
    if (!challenge) throw new NotFoundError('This challenge');
    return challenge;
  }

  /**
   * Tells the followers of the space (members included, see spaceFollowerIdsSql) of every challenge that has opened and was not announced yet
   * (CHALLENGE_OPENED), and marks it announced, in one statement: exactly once, whether the job
   * runs on one instance or several, before or after a restart.
   */
  announceDue(manager: EntityManager): Promise<AddedNotification[]> {
    return manager.query(
      `WITH due AS (
         UPDATE challenges SET opened_notified_at = now()
          WHERE opened_notified_at IS NULL AND opens_at <= now()
         RETURNING id, space_id, created_by_id, title),
       told AS (
         INSERT INTO notifications (recipient_id, kind, challenge_id, actor_id, detail)
         SELECT u.id, 'CHALLENGE_OPENED', due.id, due.created_by_id, due.title
           FROM due
           JOIN spaces s ON s.id = due.space_id
           JOIN users u ON u.id IN ${spaceFollowerIdsSql('due.space_id')}
          WHERE u.deactivated_at IS NULL AND u.id IS DISTINCT FROM due.created_by_id AND ${personCanSeeSpaceSql('s', 'u')}
         RETURNING id, recipient_id)
       SELECT id, recipient_id FROM told`,
    );
  }
}
