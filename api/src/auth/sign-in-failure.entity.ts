import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in. Keyed by the normalised email (known account or not, so a lock never tells
 * whether an email exists) and by client address; only failures count, so an office behind one
 * address can still sign in.
 */
@Entity('sign_in_failures')
@Index('ix_sign_in_failures_email_at', ['emailLower', 'at'])
@Index('ix_sign_in_failures_address_at', ['clientAddress', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  emailLower: string;

  @Column('text')
  clientAddress: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}

/** Set by the 10th failure within 15 minutes; sign-in is refused until `lockedUntil`. */
@Entity('account_lockouts')
export class AccountLockoutEntity {
  @Column('text', { primary: true })
  emailLower: string;

  @Column('timestamptz')
  lockedUntil: Date;
}
