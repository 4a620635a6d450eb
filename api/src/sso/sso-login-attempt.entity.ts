import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in started at the provider and not yet come back: what the callback must check (state, nonce)
 * and prove (the PKCE verifier). Single use, ten minutes; only the state's hash is a key, so a database
 * read gives nobody a usable state.
 */
@Entity('sso_login_attempts')
export class SsoLoginAttemptEntity {
  @PrimaryColumn('bytea')
  stateHash: Buffer;

  @Column('text')
  codeVerifier: string;

  @Column('text')
  nonce: string;

  /** Where the person was when they chose to sign in: a path of this app, checked before it is stored. */
  @Column('text')
  returnTo: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index('ix_sso_login_attempts_expires_at')
  @Column('timestamptz')
  expiresAt: Date;
}
