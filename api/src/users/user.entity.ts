import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { EMAIL_FREQUENCIES, LOCALES, ROLES, type EmailFrequency, type Locale, type Role } from '@red-chair/domain';

import { sqlList } from '../common/sql';

@Entity('users')
@Check('chk_users_role', `role IN (${sqlList(ROLES)})`)
@Check('chk_users_locale', `locale IN (${sqlList(LOCALES)})`)
@Check('chk_users_display_name_length', 'char_length(display_name) BETWEEN 2 AND 80')
@Check('chk_users_email_frequency', `email_frequency IN (${sqlList(EMAIL_FREQUENCIES)})`)
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

  /** How often notifications are mailed (INSTANT, DAILY, WEEKLY digests, NEVER). */
  @Column('text', { default: 'INSTANT' })
  emailFrequency: EmailFrequency;

  /** IANA zone of the person's morning, when digests leave; the web app saves the browser's. */
  @Column('text', { default: 'UTC' })
  timeZone: string;

  /**
   * Unsubscribe links name this number: choosing a frequency again moves it on, so a link from an
   * older mail cannot unsubscribe the person a second time.
   */
  @Column('integer', { default: 0 })
  unsubscribeVersion: number;

  /** When the last digest was due (sent or found empty): the next one is due at the next morning after it. */
  @Column('timestamptz', { nullable: true })
  lastDigestAt: Date | null;

  /** When this manager was last sent the Monday customer-voice mail (docs/api.md#the-red-chair). */
  @Column('timestamptz', { nullable: true, select: false })
  lastVoiceMailAt: Date | null;
}
