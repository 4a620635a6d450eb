import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { LOCALES, ROLES, type Locale, type Role } from '@red-chair/domain';

import { sqlList } from '../common/sql';

@Entity('users')
@Check('chk_users_role', `role IN (${sqlList(ROLES)})`)
@Check('chk_users_locale', `locale IN (${sqlList(LOCALES)})`)
@Check('chk_users_display_name_length', 'char_length(display_name) BETWEEN 2 AND 80')
@Check('chk_users_email_length', 'char_length(email) BETWEEN 3 AND 254')
// Expression index written by hand in the migration (TypeORM cannot declare one): unique lower(email).
@Index('uq_users_email_lower', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed at sign-up; unique case-insensitively through `uq_users_email_lower` on lower(email). */
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  @Column('text')
  role: Role;

  @Column('text', { default: 'en' })
  locale: Locale;

  @Column('text', { select: false })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;
}
