import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Viewer } from '../common/viewer';
import { InitiativesRepository, type InitiativeRow } from '../initiatives/initiatives.repository';
import { LiveEventsService } from '../live/live-events.service';

/** followInitiative / unfollowInitiative: anyone who sees an initiative may follow it. */
@Injectable()
export class FollowsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly initiatives: InitiativesRepository,
    private readonly live: LiveEventsService,
  ) {}

  async setFollowing(viewer: Viewer, initiativeId: string, following: boolean): Promise<InitiativeRow> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.initiatives.lockVisible(tx, viewer, initiativeId);
      if (following) await this.initiatives.addFollower(tx, initiative.id, viewer.id);
      else await this.initiatives.removeFollower(tx, initiative.id, viewer.id);
      this.live.initiativeChanged(tx, initiative.id);
      return this.initiatives.findVisible(viewer, initiative.id, tx);
    });
  }
}
