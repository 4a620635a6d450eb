import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { SPACE_ACCESSES, SPACE_KINDS, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import { sqlList } from '../common/sql';
import { UserEntity } from '../users/user.entity';

@Entity('spaces')
@Check('chk_spaces_kind', `kind IN (${sqlList(SPACE_KINDS)})`)
@Check('chk_spaces_access', `access IN (${sqlList(SPACE_ACCESSES)})`)
@Check('chk_spaces_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 2 AND 60`)
@Check('chk_spaces_name_length', 'char_length(name) BETWEEN 2 AND 80')
@Check('chk_spaces_description_length', 'char_length(description) <= 2000')
@Check('chk_spaces_response_sla_days', 'response_sla_days BETWEEN 0 AND 365')
@Check('chk_spaces_review_below_average', 'review_below_average BETWEEN 1 AND 5')
@Check('chk_spaces_review_min_ratings', 'review_min_ratings >= 1')
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_spaces_slug', { unique: true })
  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('text')
  kind: SpaceKind;

  @Column('text')
  access: SpaceAccess;

  @Column('integer', { default: 14 })
  responseSlaDays: number;

  /** numeric keeps 2.96 exact; read back as a number by the transformer. */
  @Column('numeric', {
    precision: 3,
    scale: 2,
    default: 3,
    transformer: { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) },
  })
  reviewBelowAverage: number;

  @Column('integer', { default: 25 })
  reviewMinRatings: number;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_spaces_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('space_members')
@Index('ix_space_members_user_id', ['userId'])
export class SpaceMemberEntity {
  @PrimaryColumn('uuid')
  spaceId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_space_members_space' })
  space?: SpaceEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_space_members_user' })
  user?: UserEntity;

  @Column('uuid', { nullable: true })
  addedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'fk_space_members_added_by' })
  addedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
