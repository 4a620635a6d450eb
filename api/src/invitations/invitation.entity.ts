import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { SpaceEntity } from '../spaces/space.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An invitation to join a space, mailed as a link. Only the token's hash is kept; the token itself
 * travels only in the mail. Pending while neither accepted nor revoked and not yet expired.
 */
@Entity('invitations')
@Index('ix_invitations_space_created', ['spaceId', 'createdAt', 'id'])
@Index('ux_invitations_token_hash', ['tokenHash'], { unique: true })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_invitations_space' })
  space?: SpaceEntity;

  /** As typed by the inviter; matched case-insensitively. */
  @Column('text')
  email: string;

  @Column('uuid')
  invitedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitations_invited_by' })
  invitedBy?: UserEntity;

  @Column('bytea', { select: false })
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id', foreignKeyConstraintName: 'fk_invitations_accepted_by' })
  acceptedBy?: UserEntity;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
