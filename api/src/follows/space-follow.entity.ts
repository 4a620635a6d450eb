import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SpaceEntity } from '../spaces/space.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Who hears about a whole space. Members follow it without a row; proposing, voting or commenting
 * writes one. Unfollowing keeps the row with `following = false`, so no automatic follow (a later vote,
 * a membership) ever brings the person back: only followSpace does.
 */
@Entity('space_follows')
@Index('ix_space_follows_user_id', ['userId'])
export class SpaceFollowEntity {
  @PrimaryColumn('uuid')
  spaceId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_space_follows_space' })
  space?: SpaceEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_space_follows_user' })
  user?: UserEntity;

  @Column('boolean', { default: true })
  following: boolean;

  /** INITIATIVE_PROPOSED reaches only those who asked for it, so busy spaces flood nobody. */
  @Column('boolean', { default: false })
  notifyOnNewInitiatives: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
