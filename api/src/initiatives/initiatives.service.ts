import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { canMove, normalizeTags, noteRequired } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { ChallengesService } from '../challenges/challenges.service';
import { ForbiddenError, InvalidInputError } from '../common/errors';
import type { Page } from '../common/pagination';
import type { Viewer } from '../common/viewer';
import { viewerKey } from '../live/fan-out';
import { LiveEventsService } from '../live/live-events.service';
import { renderMarkdown } from '../markdown/markdown';
import { NotificationsService } from '../notifications/notifications.service';
import { SpacesService } from '../spaces/spaces.service';
import type { ChangeStatusInput } from './dto/change-status.input';
import type { EditInitiativeInput } from './dto/edit-initiative.input';
import type { InitiativesArgs } from './dto/initiatives.args';
import type { ProposeInitiativeInput } from './dto/propose-initiative.input';
import { SIMILAR_TEXT_MAX, type SimilarInitiativesArgs } from './dto/similar-initiatives.args';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesRepository, type InitiativeRow } from './initiatives.repository';
import { StatusChangeEntity } from './status-change.entity';

export type InitiativePage = Page<InitiativeRow> & { totalCountExact: boolean };

@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: InitiativesRepository,
    private readonly spaces: SpacesService,
    private readonly notifications: NotificationsService,
    private readonly challenges: ChallengesService,
    private readonly live: LiveEventsService,
    private readonly audit: AuditLog,
  ) {}

  /** Whoever sees a space may propose in it (docs/api.md#visibility); a hidden space is NOT_FOUND. */
  async propose(viewer: Viewer, input: ProposeInitiativeInput): Promise<InitiativeRow> {
    const space = await this.spaces.findVisible(viewer, { id: input.spaceId });
    return this.db.transaction(async (tx) => {
      if (input.challengeId) await this.challenges.assertOpenIn(tx, input.challengeId, space.id);
      const result = await tx.insert(InitiativeEntity, {
        challengeId: input.challengeId ?? null,
        spaceId: space.id,
        authorId: viewer.id,
        title: input.title,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        orientation: input.orientation,
        tags: normalizeTags(input.tags),
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.repo.addParticipant(tx, id, viewer.id); // authors hear every answer
      await this.notifications.notifyNewInitiative(tx, id, viewer.id);
      return this.repo.findVisible(viewer, id, tx);
    });
  }

  /**
   * For a live event: the initiative as each viewer who may still see it sees it, keyed by
   * `viewerKey`, in one statement whatever the number of viewers.
   */
  async findForViewers(id: string, viewers: readonly Viewer[]): Promise<Map<string, InitiativeRow>> {
    const rows = await this.repo.findRowForViewers(viewers, id);
    const seen = new Map(rows.map(({ viewerId, viewerRole, row }) => [`${viewerId}:${viewerRole}`, row]));
    const found = new Map<string, InitiativeRow>();
    for (const viewer of viewers) {
      const row = seen.get(`${viewer.id}:${viewer.role}`);
      if (row) found.set(viewerKey(viewer), row);
    }
    return found;
  }

  get(viewer: Viewer, id: string): Promise<InitiativeRow> {
    return this.repo.findVisible(viewer, id);
  }

  list(viewer: Viewer, args: InitiativesArgs): Promise<InitiativePage> {
    return this.repo.page(viewer, args);
  }

  /** While someone types a proposal: a hidden space is NOT_FOUND; under three letters, nothing yet. */
  async similar(viewer: Viewer, args: SimilarInitiativesArgs): Promise<InitiativeRow[]> {
    const space = await this.spaces.findVisible(viewer, { id: args.spaceId });
    const text = args.text.trim().slice(0, SIMILAR_TEXT_MAX);
    if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return [];
    return this.repo.similar(viewer, space.id, text, args.first);
  }

  /**
   * A manager's answer: one of the moves of docs/api.md#initiatives-and-their-life, recorded with its follow-up note in the
   * same transaction. MERGED only comes through mergeInitiatives.
   */
  async changeStatus(viewer: Viewer, input: ChangeStatusInput): Promise<InitiativeRow> {
    const note = input.note ? input.note : null;
    return this.db.transaction(async (tx) => {
      const initiative = await this.repo.lockVisible(tx, viewer, input.initiativeId);
      if (input.status === 'MERGED') throw new InvalidInputError({ status: 'use mergeInitiatives to merge a duplicate' });
      if (!canMove(initiative.status, input.status)) {
        throw new InvalidInputError({ status: `cannot move from ${initiative.status} to ${input.status}` });
      }
      if (noteRequired(input.status) && !note) throw new InvalidInputError({ note: 'tell the author and followers why' });
      await tx
        .createQueryBuilder()
        .update(InitiativeEntity)
        .set({ status: input.status, firstResponseAt: () => 'coalesce(first_response_at, now())', lastActivityAt: () => 'now()' })
        .where('id = :id', { id: initiative.id })
        .execute();
      await tx.insert(StatusChangeEntity, {
        initiativeId: initiative.id,
        fromStatus: initiative.status,
        toStatus: input.status,
        note,
        byId: viewer.id,
      });
      // The author and every follower are told, with the follow-up note, in the same transaction;
      // once it is done, whoever voted or commented too, even if they stopped following it.
      this.live.initiativeChanged(tx, initiative.id);
      await this.notifications.notifyFollowers(tx, {
        kind: 'STATUS_CHANGED',
        initiativeId: initiative.id,
        actorId: viewer.id,
        status: input.status,
        detail: note,
        includeParticipants: input.status === 'IMPLEMENTED',
      });
      await this.audit.record(
        tx,
        viewer,
        'STATUS_CHANGED',
        { type: 'INITIATIVE', id: initiative.id },
        { from: initiative.status, to: input.status, note },
      );
      return this.repo.findVisible(viewer, initiative.id, tx);
    });
  }

  /** The author's own initiative, locked, while nobody has answered it yet. */
  private async lockOwnSubmitted(tx: EntityManager, viewer: Viewer, id: string, action: string): Promise<InitiativeEntity> {
    const initiative = await this.repo.lockVisible(tx, viewer, id);
    if (initiative.authorId !== viewer.id) throw new ForbiddenError(`Only its author can ${action} this initiative.`);
    if (initiative.status !== 'SUBMITTED') {
      throw new InvalidInputError({ id: `it is ${initiative.status} now; only SUBMITTED initiatives can be ${action}ed` });
    }
    return initiative;
  }

  async edit(viewer: Viewer, input: EditInitiativeInput): Promise<InitiativeRow> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.lockOwnSubmitted(tx, viewer, input.id, 'edit');
      const changes: Partial<InitiativeEntity> = {};
      if (input.title != null) changes.title = input.title;
      if (input.body != null) Object.assign(changes, { body: input.body, bodyHtml: renderMarkdown(input.body) });
      if (input.orientation != null) changes.orientation = input.orientation;
      if (input.tags != null) changes.tags = normalizeTags(input.tags);
      if (Object.keys(changes).length)
        await tx.update(InitiativeEntity, { id: initiative.id }, { ...changes, lastActivityAt: () => 'now()' });
      this.live.initiativeChanged(tx, initiative.id);
      return this.repo.findVisible(viewer, initiative.id, tx);
    });
  }

  /** Withdrawing takes the idea back entirely, which only makes sense before anyone answered it. */
  async withdraw(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const initiative = await this.lockOwnSubmitted(tx, viewer, id, 'withdraw');
      if (await this.repo.hasMergedDuplicates(tx, initiative.id))
        throw new InvalidInputError({ id: 'other initiatives were merged into it; it can no longer be withdrawn' });
      await tx.delete(InitiativeEntity, { id: initiative.id });
      return true;
    });
  }
}
