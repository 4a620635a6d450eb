import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** A distinction managers define once and grant to the best initiatives ("customer hero of the quarter"). */
@Entity('awards')
@Check('chk_awards_name_length', 'char_length(name) BETWEEN 2 AND 80')
@Check('chk_awards_description_length', 'char_length(description) <= 1000')
// Names are unique case-insensitively; expression index written by hand in the migration.
@Index('uq_awards_name_lower', { synchronize: false })
export class AwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_awards_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An award given to an initiative, with the citation that says why. Revoking keeps the row. */
@Entity('award_grants')
@Check('chk_award_grants_citation_length', 'char_length(citation) BETWEEN 10 AND 1000')
@Check('chk_award_grants_revocation', '(revoked_at IS NULL) = (revoke_reason IS NULL)')
@Index('ix_award_grants_initiative', ['initiativeId'])
@Index('ix_award_grants_granted_at', ['grantedAt', 'id'])
// One live grant of an award per initiative; revoked ones stay in the history.
@Index('uq_award_grants_live', ['awardId', 'initiativeId'], { unique: true, where: 'revoked_at IS NULL' })
export class AwardGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  awardId: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_award_grants_award' })
  award?: AwardEntity;

  @Column('uuid')
  initiativeId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_award_grants_initiative' })
  initiative?: InitiativeEntity;

  @Column('uuid')
  grantedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'fk_award_grants_granted_by' })
  grantedBy?: UserEntity;

  @Column('text')
  citation: string;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { nullable: true })
  revokedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'fk_award_grants_revoked_by' })
  revokedBy?: UserEntity;

  @Column('text', { nullable: true })
  revokeReason: string | null;
}
