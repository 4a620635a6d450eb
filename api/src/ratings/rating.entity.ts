import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** One person's co-design rating of a prototype or product; rating again replaces it. */
@Entity('ratings')
@Check('chk_ratings_stars', 'stars BETWEEN 1 AND 5')
@Check('chk_ratings_comment_length', 'comment IS NULL OR char_length(comment) <= 1000')
export class RatingEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_ratings_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_ratings_user' })
  user?: UserEntity;

  @Column('smallint')
  stars: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
