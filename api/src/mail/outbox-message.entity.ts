import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MAIL_KINDS, OUTBOX_STATES, type MailKind, type OutboxState } from '@red-chair/domain';

import { sqlList } from '../common/sql';
import { UserEntity } from '../users/user.entity';

/**
 * One mail, written in the transaction of what causes it, already in the reader's language, then
 * delivered by the mail worker. The row is the source of truth: the job only says "try this one".
 */
@Entity('outbox_messages')
@Check('chk_outbox_messages_state', `state IN (${sqlList(OUTBOX_STATES)})`)
@Check('chk_outbox_messages_kind', `kind IN (${sqlList(MAIL_KINDS)})`)
@Index('ix_outbox_messages_created', ['createdAt', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  recipientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_outbox_messages_recipient' })
  recipient?: UserEntity;

  @Column('text')
  toAddress: string;

  @Column('text')
  kind: MailKind;

  @Column('text')
  subject: string;

  @Column('text')
  html: string;

  @Column('text')
  text: string;

  /** Extra headers (List-Unsubscribe and its one-click companion). */
  @Column('jsonb', { default: {} })
  headers: Record<string, string>;

  @Column('text')
  state: OutboxState;

  @Column('int', { default: 0 })
  attempts: number;

  /** While set and in the future, a worker is sending it; nobody else may. */
  @Column('timestamptz', { nullable: true })
  leaseUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  lastError: string | null;
}
