import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Viewer } from '../common/viewer';
import type { SpaceEntity } from '../spaces/space.entity';
import { SpacesService } from '../spaces/spaces.service';
import { SpaceFollowsRepository } from './space-follows.repository';

/** followSpace / unfollowSpace: anyone who sees a space may follow it; a hidden one is NOT_FOUND. */
@Injectable()
export class SpaceFollowsService {
  private readonly follows: SpaceFollowsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesService,
  ) {
    this.follows = new SpaceFollowsRepository(db);
  }

  async setFollowing(viewer: Viewer, spaceId: string, following: boolean, notifyOnNewInitiatives = false): Promise<SpaceEntity> {
    const space = await this.spaces.findVisible(viewer, { id: spaceId });
    await this.follows.set(this.db.manager, space.id, viewer.id, following, notifyOnNewInitiatives);
    return space;
  }
}
