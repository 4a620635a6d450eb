import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ChallengeEntity } from '../challenges/challenge.entity';
import { CommentEntity } from '../comments/comment.entity';
import { sqlList } from '../common/sql';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

export const NOTIFICATION_KINDS = [
  'STATUS_CHANGED',
  'COMMENTED',
  'AWARDED',
  'MERGED',
  'NEEDS_REVIEW',
  'CHALLENGE_OPENED',
  'INITIATIVE_PROPOSED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something a person is told. Written in the same transaction as its cause; the sentence itself is
 * composed when read, in the reader's language, from the kind and these facts.
 */
@Entity('notifications')
@Check('chk_notifications_kind', `kind IN (${sqlList(NOTIFICATION_KINDS)})`)
@Index('ix_notifications_recipient_created', ['recipientId', 'createdAt', 'id'])
// unreadNotificationCount reads only this small partial index.
@Index('ix_notifications_unread', ['recipientId'], { where: 'read_at IS NULL' })
// The mailer reads only what it has not dealt with yet.
@Index('ix_notifications_unmailed', ['recipientId', 'createdAt'], { where: 'mailed_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_notifications_recipient' })
  recipient?: UserEntity;

  @Column('text')
  kind: NotificationKind;

  @Column('uuid', { nullable: true })
  initiativeId: string | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_notifications_initiative' })
  initiative?: InitiativeEntity;

  /** CHALLENGE_OPENED: the challenge (whose space decides who may read it). */
  @Column('uuid', { nullable: true })
  challengeId: string | null;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'fk_notifications_challenge' })
  challenge?: ChallengeEntity;

  /** COMMENTED: the comment, so hiding or deleting it also takes its words out of the notification. */
  @Column('uuid', { nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_notifications_comment' })
  comment?: CommentEntity;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_notifications_actor' })
  actor?: UserEntity;

  /** The status reached (STATUS_CHANGED, MERGED). */
  @Column('text', { nullable: true })
  status: string | null;

  /** The follow-up note, the comment's first words, the award citation… */
  @Column('text', { nullable: true })
  detail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  /** When the mailer dealt with it (mailed, put in a digest, or skipped: NEVER, deactivated, hidden). */
  @Column('timestamptz', { nullable: true })
  mailedAt: Date | null;
}
