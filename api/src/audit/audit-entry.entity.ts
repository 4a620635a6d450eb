import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from '@red-chair/domain';

import { sqlList } from '../common/sql';
import { UserEntity } from '../users/user.entity';

/**
 * One administrative action, written in the transaction of the action. Append-only: a trigger in the
 * migration refuses UPDATE, DELETE and TRUNCATE, whoever runs them (the table owner included).
 */
@Entity('audit_entries')
@Check('chk_audit_entries_action', `action IN (${sqlList(AUDIT_ACTIONS)})`)
@Check('chk_audit_entries_target_type', `target_type IN (${sqlList(AUDIT_TARGET_TYPES)})`)
@Index('ix_audit_entries_at', ['at', 'id'])
@Index('ix_audit_entries_actor_at', ['actorId', 'at', 'id'])
@Index('ix_audit_entries_action_at', ['action', 'at', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for actions nobody signed in made (a bootstrap, a script). */
  @Column('uuid', { nullable: true })
  actorId: string | null;

  // NO ACTION, not SET NULL: deleting a person must not rewrite the log (the trigger would refuse it anyway).
  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_entries_actor' })
  actor?: UserEntity;

  @Column('text')
  action: AuditAction;

  @Column('text')
  targetType: AuditTargetType;

  @Column('uuid', { nullable: true })
  targetId: string | null;

  @Column('jsonb', { default: {} })
  details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column('inet', { nullable: true })
  ip: string | null;
}
