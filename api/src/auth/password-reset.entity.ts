import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../users/user.entity';

/**
 * A link that sets a password: single use, stored only as its hash. RESET lives an hour; WELCOME,
 * mailed to imported people, lives a week (docs/api.md#passwords).
 */
@Entity('password_reset_tokens')
@Check('chk_password_reset_tokens_purpose', `purpose IN ('RESET', 'WELCOME')`)
@Index('ux_password_reset_tokens_hash', ['tokenHash'], { unique: true })
@Index('ix_password_reset_tokens_user_created', ['userId', 'createdAt'])
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_reset_tokens_user' })
  user?: UserEntity;

  @Column('bytea')
  tokenHash: Buffer;

  @Column('text')
  purpose: 'RESET' | 'WELCOME';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}
