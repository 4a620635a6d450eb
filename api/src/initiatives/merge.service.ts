import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { canMerge } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { LiveEventsService } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { MergeInput } from './dto/merge.input';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesRepository, type InitiativeRow } from './initiatives.repository';
import { StatusChangeEntity } from './status-change.entity';

/**
 * mergeInitiatives: a duplicate folds into the initiative that lives on. Its votes and followers
 * move across without double counting (someone who voted for both counts once), its author and
 * followers are told, and it keeps its page, now MERGED and pointing at the target.
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: InitiativesRepository,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly audit: AuditLog,
  ) {}

  async merge(viewer: Viewer, input: MergeInput): Promise<InitiativeRow> {
    if (input.sourceId === input.targetId) throw new InvalidInputError({ targetId: 'an initiative cannot be merged into itself' });
    return this.db.transaction(async (tx) => {
      // Lock both in id order, so two merges crossing each other cannot deadlock.
      const [firstId, secondId] = [input.sourceId, input.targetId].sort();
      const what = (id: string) => (id === input.sourceId ? 'The duplicate initiative' : 'The target initiative');
      const locked = [
        await this.repo.lockVisible(tx, viewer, firstId, what(firstId)),
        await this.repo.lockVisible(tx, viewer, secondId, what(secondId)),
      ];
      const [source, target] = firstId === input.sourceId ? locked : [locked[1], locked[0]];
      if (source.spaceId !== target.spaceId) throw new InvalidInputError({ targetId: 'must be in the same space as the duplicate' });
      if (!canMerge(source.status))
        throw new InvalidInputError({ sourceId: `it is ${source.status}; only open initiatives can be merged` });
      if (target.status === 'MERGED')
        throw new InvalidInputError({ targetId: 'it was itself merged; merge into the initiative it points to' });

      // Told before the followers move, so everyone who followed the duplicate hears it.
      await this.notifications.notifyFollowers(
        tx,
        { kind: 'MERGED', initiativeId: source.id, actorId: viewer.id, status: 'MERGED', detail: input.note },
        [source.authorId],
      );
      await this.repo.moveSupport(tx, source, target.id);
      await tx.update(InitiativeEntity, { id: source.id }, { status: 'MERGED', mergedIntoId: target.id });
      await tx.insert(StatusChangeEntity, {
        initiativeId: source.id,
        fromStatus: source.status,
        toStatus: 'MERGED',
        note: input.note,
        byId: viewer.id,
      });
      this.live.initiativeChanged(tx, source.id, target.id);
      await this.audit.record(
        tx,
        viewer,
        'INITIATIVES_MERGED',
        { type: 'INITIATIVE', id: source.id },
        { from: source.status, targetId: target.id, note: input.note },
      );
      return this.repo.findVisible(viewer, target.id, tx);
    });
  }
}
