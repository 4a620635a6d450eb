import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SPACE_LIMITS } from '@red-chair/domain';
import { DataSource } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { UserEntity } from '../users/user.entity';
import type { CreateSpaceInput } from './dto/create-space.input';
import type { SpaceLookupArgs } from './dto/space-lookup.args';
import { SpaceEntity, SpaceMemberEntity } from './space.entity';
import { visibleSpaceSql } from './space-visibility';
import { isUniqueViolation } from '../database/postgres-errors';

@Injectable()
export class SpacesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private visibleQuery(viewer: Viewer) {
    return this.db
      .getRepository(SpaceEntity)
      .createQueryBuilder('s')
      .where(visibleSpaceSql('s', viewer), { viewerId: viewer.id });
  }

  /** The spaces the viewer may see, by name. */
  listVisible(viewer: Viewer): Promise<SpaceEntity[]> {
    return this.visibleQuery(viewer).orderBy('lower(s.name)', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }

  /** By id or slug; a space the viewer may not see is NOT_FOUND, like one that does not exist. */
  async findVisible(viewer: Viewer, by: SpaceLookupArgs): Promise<SpaceEntity> {
    const query = this.visibleQuery(viewer);
    if (by.id) {
      query.andWhere('s.id = :id', { id: by.id });
    } else if (by.slug) {
      query.andWhere('s.slug = :slug', { slug: by.slug });
    } else {
      throw new NotFoundError('This space');
    }
    const space = await query.getOne();
    if (!space) throw new NotFoundError('This space');
    return space;
  }

  async create(viewer: Viewer, input: CreateSpaceInput): Promise<SpaceEntity> {
    try {
      const result = await this.db.getRepository(SpaceEntity).insert({
        name: input.name.trim(),
        slug: input.slug,
        description: input.description.trim(),
        kind: input.kind,
        access: input.access,
        responseSlaDays: input.responseSlaDays ?? SPACE_LIMITS.responseSlaDaysDefault,
        reviewBelowAverage: input.reviewBelowAverage ?? SPACE_LIMITS.reviewBelowAverageDefault,
        reviewMinRatings: input.reviewMinRatings ?? SPACE_LIMITS.reviewMinRatingsDefault,
        createdById: viewer.id,
      });
      return this.db.getRepository(SpaceEntity).findOneByOrFail({ id: (result.identifiers[0] as { id: string }).id });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Another space already uses this slug.', { slug: 'is already taken' });
      throw error;
    }
  }

  async addMember(viewer: Viewer, spaceId: string, userId: string): Promise<SpaceEntity> {
    const space = await this.findVisible(viewer, { id: spaceId });
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw new NotFoundError('This user');
    if (user.deactivatedAt) throw new InvalidInputError({ userId: 'this account is deactivated' });
    if (user.role === 'CUSTOMER' && space.kind === 'INTERNAL') {
      throw new InvalidInputError({ userId: 'customers cannot join internal spaces' });
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(SpaceMemberEntity)
      .values({ spaceId, userId, addedById: viewer.id })
      .orIgnore() // adding someone twice is a no-op
      .execute();
    return space;
  }

  async removeMember(viewer: Viewer, spaceId: string, userId: string): Promise<SpaceEntity> {
    const space = await this.findVisible(viewer, { id: spaceId });
    await this.db.getRepository(SpaceMemberEntity).delete({ spaceId, userId });
    return space;
  }
}
