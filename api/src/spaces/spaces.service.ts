import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SPACE_LIMITS } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { isUniqueViolation } from '../common/postgres-errors';
import type { Viewer } from '../common/viewer';
import { UserEntity } from '../users/user.entity';
import type { CreateSpaceInput } from './dto/create-space.input';
import type { SpaceLookupArgs } from './dto/space-lookup.args';
import { UPDATABLE_SPACE_SETTINGS, type UpdatableSpaceSetting, type UpdateSpaceInput } from './dto/update-space.input';
import { SpaceEntity } from './space.entity';
import { SpacesRepository } from './spaces.repository';

@Injectable()
export class SpacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesRepository,
    private readonly audit: AuditLog,
  ) {}

  listVisible(viewer: Viewer): Promise<SpaceEntity[]> {
    return this.spaces.listVisible(viewer);
  }

  findVisible(viewer: Pick<Viewer, 'id' | 'role'>, by: SpaceLookupArgs): Promise<SpaceEntity> {
    return this.spaces.findVisible(viewer, by);
  }

  async create(viewer: Viewer, input: CreateSpaceInput): Promise<SpaceEntity> {
    try {
      return await this.db.transaction(async (tx) => {
        const result = await tx.insert(SpaceEntity, {
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
        const space = await tx.findOneByOrFail(SpaceEntity, { id: (result.identifiers[0] as { id: string }).id });
        await this.audit.record(
          tx,
          viewer,
          'SPACE_CREATED',
          { type: 'SPACE', id: space.id },
          { slug: space.slug, kind: space.kind, access: space.access },
        );
        return space;
      });
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
    await this.db.transaction(async (tx) => {
      if (await this.spaces.addMember(tx, spaceId, userId, viewer.id)) {
        await this.audit.record(tx, viewer, 'MEMBER_ADDED', { type: 'SPACE', id: spaceId }, { userId });
      }
    });
    return space;
  }

  async removeMember(viewer: Viewer, spaceId: string, userId: string): Promise<SpaceEntity> {
    const space = await this.findVisible(viewer, { id: spaceId });
    await this.db.transaction(async (tx) => {
      if (await this.spaces.removeMember(tx, spaceId, userId)) {
        await this.audit.record(tx, viewer, 'MEMBER_REMOVED', { type: 'SPACE', id: spaceId }, { userId });
      }
    });
    return space;
  }

  /** Every setting but `kind`: an internal space turned community would show its ideas to customers. */
  async update(viewer: Viewer, input: UpdateSpaceInput): Promise<SpaceEntity> {
    return this.db.transaction(async (tx) => {
      const id = parseId(input.id, () => new NotFoundError('This space'));
      const space = await tx.findOne(SpaceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!space) throw new NotFoundError('This space');
      if (input.kind != null && input.kind !== space.kind) {
        throw new InvalidInputError({ kind: `a space's kind never changes: create a new ${input.kind} space instead` });
      }
      const wanted: Pick<SpaceEntity, UpdatableSpaceSetting> = {
        name: input.name?.trim() ?? space.name,
        description: input.description?.trim() ?? space.description,
        access: input.access ?? space.access,
        responseSlaDays: input.responseSlaDays ?? space.responseSlaDays,
        reviewBelowAverage: input.reviewBelowAverage ?? space.reviewBelowAverage,
        reviewMinRatings: input.reviewMinRatings ?? space.reviewMinRatings,
      };
      const changed = UPDATABLE_SPACE_SETTINGS.filter((setting) => wanted[setting] !== space[setting]);
      if (changed.length === 0) return space;
      const changes = Object.fromEntries(changed.map((setting) => [setting, wanted[setting]])) as Partial<
        Pick<SpaceEntity, UpdatableSpaceSetting>
      >;
      const before = Object.fromEntries(changed.map((setting) => [setting, space[setting]]));
      await tx.update(SpaceEntity, { id: space.id }, changes);
      await this.audit.record(tx, viewer, 'SPACE_UPDATED', { type: 'SPACE', id: space.id }, { before, after: changes });
      return tx.findOneByOrFail(SpaceEntity, { id: space.id });
    });
  }
}
