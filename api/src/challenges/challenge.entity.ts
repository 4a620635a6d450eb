import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { SpaceEntity } from '../spaces/space.entity';
import { UserEntity } from '../users/user.entity';

/** A campaign inviting initiatives in one space between two dates. */
@Entity('challenges')
@Check('chk_challenges_dates', 'closes_at > opens_at')
@Check('chk_challenges_title_length', 'char_length(title) BETWEEN 5 AND 140')
@Check('chk_challenges_brief_length', 'char_length(brief) BETWEEN 1 AND 5000')
@Index('ix_challenges_space_opens', ['spaceId', 'opensAt'])
// The opening job looks only at challenges whose members have not been told yet.
@Index('ix_challenges_to_announce', ['opensAt'], { where: 'opened_notified_at IS NULL' })
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_challenges_space' })
  space?: SpaceEntity;

  @Column('text')
  title: string;

  /** Markdown. */
  @Column('text')
  brief: string;

  @Column('timestamptz')
  opensAt: Date;

  @Column('timestamptz')
  closesAt: Date;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_challenges_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the space's members were told it opened: set once, so a restart never tells them twice. */
  @Column('timestamptz', { nullable: true })
  openedNotifiedAt: Date | null;
}
