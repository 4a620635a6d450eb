import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import type { SpaceLookupArgs } from './dto/space-lookup.args';
import { visibleSpaceSql } from './space-visibility';
import { SpaceEntity, SpaceMemberEntity } from './space.entity';

@Injectable()
export class SpacesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private visible(viewer: Pick<Viewer, 'id' | 'role'>) {
    return this.db.getRepository(SpaceEntity).createQueryBuilder('s').where(visibleSpaceSql('s', viewer), { viewerId: viewer.id });
  }

  /** The spaces the viewer may see, by name. */
  listVisible(viewer: Viewer): Promise<SpaceEntity[]> {
    return this.visible(viewer).orderBy('lower(s.name)', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }

  /** By id or slug; a space the viewer may not see is NOT_FOUND, like one that does not exist. */
  async findVisible(viewer: Pick<Viewer, 'id' | 'role'>, by: SpaceLookupArgs): Promise<SpaceEntity> {
    const space = by.id
      ? await this.visible(viewer).andWhere('s.id = :id', { id: by.id }).getOne()
      : by.slug
        ? await this.visible(viewer).andWhere('s.slug = :slug', { slug: by.slug }).getOne()
        : null;
    if (!space) throw new NotFoundError('This space');
    return space;
  }

  /** Spaces by id that the viewer may see; the others are absent. */
  visibleByIds(viewer: Viewer, ids: readonly string[]): Promise<SpaceEntity[]> {
    return this.visible(viewer).andWhere('s.id IN (:...ids)', { ids }).getMany();
  }

  /** Adding someone twice is a no-op; true when they were not a member yet. */
  async addMember(tx: EntityManager, spaceId: string, userId: string, addedById: string): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(SpaceMemberEntity)
      .values({ spaceId, userId, addedById })
      .orIgnore()
      .execute();
    return result.identifiers.some((identifier) => identifier !== undefined);
  }

  /** True when they were a member. */
  async removeMember(tx: EntityManager, spaceId: string, userId: string): Promise<boolean> {
    const result = await tx.delete(SpaceMemberEntity, { spaceId, userId });
    return (result.affected ?? 0) > 0;
  }

  /** Members of these spaces, by name. */
  memberIds(spaceIds: readonly string[]): Promise<{ space_id: string; user_id: string }[]> {
    return this.db.query(
      `SELECT m.space_id, m.user_id FROM space_members m JOIN users u ON u.id = m.user_id
        WHERE m.space_id = ANY($1::uuid[]) ORDER BY lower(u.display_name), u.id`,
      [spaceIds],
    );
  }

  memberCounts(spaceIds: readonly string[]): Promise<{ space_id: string; count: number }[]> {
    return this.db.query('SELECT space_id, count(*)::int AS count FROM space_members WHERE space_id = ANY($1::uuid[]) GROUP BY space_id', [
      spaceIds,
    ]);
  }

  /**
   * People who took part in each space: proposed, voted or commented (a deleted comment does not count).
   * What "members" means for an OPEN space, where anyone who sees it may take part.
   */
  participantCounts(spaceIds: readonly string[]): Promise<{ space_id: string; count: number }[]> {
    return this.db.query(
      `SELECT i.space_id, count(DISTINCT p.user_id)::int AS count
         FROM initiatives i
         CROSS JOIN LATERAL (
           SELECT i.author_id AS user_id
           UNION ALL SELECT v.user_id FROM votes v WHERE v.initiative_id = i.id
           UNION ALL SELECT c.author_id FROM comments c WHERE c.initiative_id = i.id AND c.deleted_at IS NULL
         ) p
        WHERE i.space_id = ANY($1::uuid[])
        GROUP BY i.space_id`,
      [spaceIds],
    );
  }

  /** Which of these spaces the person belongs to. */
  async memberOf(userId: string, spaceIds: readonly string[]): Promise<Set<string>> {
    const rows: { space_id: string }[] = await this.db.query(
      'SELECT space_id FROM space_members WHERE user_id = $1 AND space_id = ANY($2::uuid[])',
      [userId, spaceIds],
    );
    return new Set(rows.map((row) => row.space_id));
  }
}
