import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditLog } from '../audit/audit-log.service';
import { InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { JobQueue } from '../jobs/job-queue';
import { LiveEventsService } from '../live/live-events.service';
import { SpacesService } from '../spaces/spaces.service';
import { CHALLENGE_OPENING_QUEUE } from './challenge-opening.queue';
import { ChallengeEntity } from './challenge.entity';
import { challengeState, ChallengeState } from './challenge.model';
import { ChallengesRepository } from './challenges.repository';
import type { LaunchChallengeInput } from './dto/launch-challenge.input';

@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly challenges: ChallengesRepository,
    private readonly spaces: SpacesService,
    private readonly live: LiveEventsService,
    private readonly audit: AuditLog,
    private readonly jobs: JobQueue,
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
      // Open already? Its members hear it now, in this transaction; otherwise a job queued for its opening tells them.
      const id = (result.identifiers[0] as { id: string }).id;
      await this.audit.record(
        tx,
        viewer,
        'CHALLENGE_LAUNCHED',
        { type: 'CHALLENGE', id },
        { spaceId: space.id, title: input.title, opensAt: input.opensAt, closesAt: input.closesAt },
      );
      if (input.opensAt.getTime() > Date.now())
        await this.jobs.send(tx, CHALLENGE_OPENING_QUEUE, { challengeId: id }, { startAfter: input.opensAt });
      else await this.announceDue(tx);
      return tx.findOneByOrFail(ChallengeEntity, { id });
    });
  }

  /** The viewer's challenges: only in spaces they see; open ones first, then upcoming, then closed. */
  list(viewer: Viewer, spaceId: string | null | undefined): Promise<ChallengeEntity[]> {
    return this.challenges.listVisible(viewer, spaceId ?? null);
  }

  /** One challenge, NOT_FOUND when its space is hidden from the viewer. */
  get(viewer: Viewer, id: string): Promise<ChallengeEntity> {
    return this.challenges.findVisible(viewer, id);
  }

  /** For proposeInitiative: the challenge must be of the same space and open right now. */
  async assertOpenIn(tx: EntityManager, challengeId: string, spaceId: string): Promise<void> {
    const challenge = await tx.findOneBy(ChallengeEntity, { id: challengeId });
    if (!challenge || challenge.spaceId !== spaceId) throw new InvalidInputError({ challengeId: 'no such challenge in this space' });
    const state = challengeState(challenge.opensAt, challenge.closesAt);
    if (state !== ChallengeState.OPEN) throw new InvalidInputError({ challengeId: `this challenge is ${state.toLowerCase()}` });
  }

  /** Announces the challenges that have opened (see ChallengesRepository.announceDue) and pushes the notifications live. */
  async announceDue(manager: EntityManager = this.db.manager): Promise<number> {
    const told = await this.challenges.announceDue(manager);
    this.live.notificationsAdded(manager, told);
    return told.length;
  }
}
