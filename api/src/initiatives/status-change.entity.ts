import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { INITIATIVE_STATUSES, type InitiativeStatus } from '@red-chair/domain';

import { sqlList } from '../common/sql';
import { UserEntity } from '../users/user.entity';
import { InitiativeEntity } from './initiative.entity';

/** One answer in an initiative's public timeline: the move and the follow-up note told to followers. */
@Entity('status_changes')
@Check('chk_status_changes_from', `from_status IN (${sqlList(INITIATIVE_STATUSES)})`)
@Check('chk_status_changes_to', `to_status IN (${sqlList(INITIATIVE_STATUSES)})`)
@Check('chk_status_changes_note_length', 'note IS NULL OR char_length(note) BETWEEN 1 AND 2000')
@Index('ix_status_changes_initiative_at', ['initiativeId', 'at'])
export class StatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  initiativeId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_status_changes_initiative' })
  initiative?: InitiativeEntity;

  @Column('text')
  fromStatus: InitiativeStatus;

  @Column('text')
  toStatus: InitiativeStatus;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid')
  byId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_status_changes_by' })
  by?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
