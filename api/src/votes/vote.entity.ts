import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** One person's vote: the primary key makes a second vote impossible, whatever the concurrency. */
@Entity('votes')
@Index('ix_votes_user_id', ['userId'])
export class VoteEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_votes_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_votes_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
