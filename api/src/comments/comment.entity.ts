import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A comment, or a reply to a top-level comment (one level deep). Deleting keeps the row with its
 * text erased, so replies keep their place; hiding is a manager's decision and can be undone.
 */
@Entity('comments')
@Check('chk_comments_body_length', 'char_length(body) <= 5000')
@Check('chk_comments_not_own_parent', 'parent_id IS NULL OR parent_id <> id')
@Index('ix_comments_initiative_created', ['initiativeId', 'createdAt', 'id'])
@Index('ix_comments_parent_id', ['parentId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  initiativeId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_comments_initiative' })
  initiative?: InitiativeEntity;

  @Index('ix_comments_author_id')
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comments_author' })
  author?: UserEntity;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_comments_parent' })
  parent?: CommentEntity;

  /** Markdown; emptied when the author deletes the comment. */
  @Column('text')
  body: string;

  /** `body` rendered and sanitised when written (empty with it); NULL: not rendered yet. */
  @Column('text', { nullable: true })
  bodyHtml: string | null;

  @Column('timestamptz', { nullable: true })
  hiddenAt: Date | null;

  @Column('uuid', { nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id', foreignKeyConstraintName: 'fk_comments_hidden_by' })
  hiddenBy?: UserEntity;

  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  editedAt: Date | null;
}
