import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SPACE_LIMITS } from '@red-chair/domain';
import { DataSource } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { UserEntity } from '../users/user.entity';
import type { CreateSpaceInput } from './dto/create-space.input';
import type { SpaceLookupArgs } from './dto/space-lookup.args';
import { SpaceEntity } from './space.entity';
import { SpacesRepository } from './spaces.repository';
import { isUniqueViolation } from '../common/postgres-errors';

@Injectable()
export class SpacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesRepository,
  ) {}

  listVisible(viewer: Viewer): Promise<SpaceEntity[]> {
    return this.spaces.listVisible(viewer);
  }

  findVisible(viewer: Viewer, by: SpaceLookupArgs): Promise<SpaceEntity> {
    return this.spaces.findVisible(viewer, by);
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
    await this.spaces.addMember(spaceId, userId, viewer.id);
    return space;
  }

  async removeMember(viewer: Viewer, spaceId: string, userId: string): Promise<SpaceEntity> {
    const space = await this.findVisible(viewer, { id: spaceId });
    await this.spaces.removeMember(spaceId, userId);
    return space;
  }
}
