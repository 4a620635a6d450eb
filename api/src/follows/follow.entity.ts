import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** Who hears about an initiative: authors, voters and commenters join automatically. */
@Entity('follows')
@Index('ix_follows_user_id', ['userId'])
export class FollowEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_follows_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_follows_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
