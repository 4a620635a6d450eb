import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { normalizeEmail, USER_LIMITS, type Role } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { SessionsService, type SessionMeta } from '../auth/sessions.service';
import { hashToken } from '../auth/tokens';
import type { AppConfig, OidcConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UserEntity } from '../users/user.entity';
import { OidcClient, OidcFlowError, type ProviderIdentity } from './oidc-client';
import { SsoLoginAttemptEntity } from './sso-login-attempt.entity';

/** Why a sign-in through the provider did not open a session; the sign-in page explains each one. */
export type SsoRefusal = 'failed' | 'unverified' | 'deactivated' | 'unavailable';

export type SsoOutcome =
  { kind: 'signed-in'; token: string; expiresAt: Date; returnTo: string } | { kind: 'refused'; reason: SsoRefusal; returnTo: string };

const ATTEMPT_MINUTES = 10;
/** No password can match it: people who came through single sign-on have none until they choose one. */
const NO_PASSWORD = '!sso';

/** Any character below a space: a return path or a display name never holds one. */
const hasControlCharacter = (value: string): boolean => [...value].some((char) => char.charCodeAt(0) < 0x20);

/** Only a path of this app, never another site (`//evil.example`, `/\evil.example`) nor a sign-in page loop. */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (hasControlCharacter(raw) || raw.startsWith('/sign-in') || raw.startsWith('/auth/')) return '/';
  return raw;
}

/** The role a new person gets: EMPLOYEE when their email's domain is the company's (OIDC_EMPLOYEE_DOMAINS). */
export function roleForEmail(email: string, employeeDomains: readonly string[]): Role {
  const domain = normalizeEmail(email).split('@').pop() ?? '';
  return employeeDomains.includes(domain) ? 'EMPLOYEE' : 'CUSTOMER';
}

/** Single sign-on (DESIGN.md §9): the attempt store, and who the provider's answer is in this app. */
@Injectable()
export class SsoService {
  private readonly client: OidcClient | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    private readonly log: PinoLogger,
  ) {
    this.client = config.oidc && new OidcClient(config.oidc, `${config.publicUrl}/auth/oidc/callback`);
  }

  get settings(): OidcConfig | undefined {
    return this.config.oidc;
  }

  /** Records the attempt and gives the provider's address to send the browser to, and the state its cookie binds. */
  async start(returnTo: unknown): Promise<{ url: string; state: string } | { refused: SsoRefusal }> {
    if (!this.client) throw new Error('single sign-on is not configured');
    let request;
    try {
      request = await this.client.authorizationRequest();
    } catch (error) {
      this.log.warn({ err: error }, 'single sign-on: the provider could not be reached');
      return { refused: 'unavailable' };
    }
    await this.db.query('DELETE FROM sso_login_attempts WHERE expires_at < now()');
    await this.db.getRepository(SsoLoginAttemptEntity).insert({
      stateHash: hashToken(request.state),
      codeVerifier: request.codeVerifier,
      nonce: request.nonce,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(Date.now() + ATTEMPT_MINUTES * 60_000),
    });
    return { url: request.url.href, state: request.state };
  }

  /**
   * The provider sent the browser back. The state must be the one this browser's cookie holds and a live
   * attempt's (taken once: a replayed callback finds nothing); then openid-client checks the rest.
   */
  async finish(callbackUrl: URL, cookieState: string | undefined, meta: SessionMeta): Promise<SsoOutcome> {
    if (!this.client) throw new Error('single sign-on is not configured');
    const state = callbackUrl.searchParams.get('state');
    if (!state || !cookieState || state !== cookieState || state.length > 200) return { kind: 'refused', reason: 'failed', returnTo: '/' };
    const [attempts] = (await this.db.query(
      'DELETE FROM sso_login_attempts WHERE state_hash = $1 AND expires_at > now() RETURNING code_verifier, nonce, return_to',
      [hashToken(state)],
    )) as [{ code_verifier: string; nonce: string; return_to: string }[], number];
    const attempt = attempts[0];
    if (!attempt) return { kind: 'refused', reason: 'failed', returnTo: '/' };
    const returnTo = attempt.return_to;
    if (callbackUrl.searchParams.has('error')) {
      // The person cancelled at the provider, or it refused them.
      this.log.info({ error: callbackUrl.searchParams.get('error') }, 'single sign-on: the provider answered with an error');
      return { kind: 'refused', reason: 'failed', returnTo };
    }
    let identity: ProviderIdentity;
    try {
      identity = await this.client.identity(callbackUrl, { state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier });
    } catch (error) {
      this.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'single sign-on: the answer was refused');
      return { kind: 'refused', reason: error instanceof OidcFlowError ? 'failed' : 'unavailable', returnTo };
    }
    const account = await this.accountFor(identity, meta);
    if ('refused' in account) return { kind: 'refused', reason: account.refused, returnTo };
    const session = await this.sessions.create(this.db.manager, account.user.id, meta);
    return { kind: 'signed-in', token: session.token, expiresAt: session.expiresAt, returnTo };
  }

  /**
   * The person the provider vouches for: matched by verified email; created on first sign-in (EMPLOYEE for the
   * company's domains, CUSTOMER otherwise); refused when deactivated or when the provider does not vouch for the email.
   */
  async accountFor(identity: ProviderIdentity, meta: SessionMeta): Promise<{ user: UserEntity } | { refused: SsoRefusal }> {
    const oidc = this.config.oidc;
    if (!oidc) throw new Error('single sign-on is not configured');
    const email = identity.email?.trim();
    if (!email || !identity.emailVerified || email.length > USER_LIMITS.emailMax || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      return { refused: 'unverified' };
    }
    return this.db.transaction(async (tx) => {
      const users = tx.getRepository(UserEntity);
      // The account of this email (any case), or the refusal when it is switched off.
      const matched = (user: UserEntity) => (user.deactivatedAt ? { refused: 'deactivated' as const } : { user });
      const byEmail = users.createQueryBuilder('u').where('lower(u.email) = :email', { email: normalizeEmail(email) });
      const existing = await byEmail.getOne();
      if (existing) return matched(existing);
      const role = roleForEmail(email, oidc.employeeDomains);
      const [inserted] = (await tx.query(
        `INSERT INTO users (email, display_name, role, password_hash, locale) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [email, displayNameFor(identity, email), role, NO_PASSWORD, this.config.defaultLocale],
      )) as { id: string }[];
      // Someone else's first sign-in with this email won the race: theirs is the account.
      if (!inserted) return matched(await byEmail.getOneOrFail());
      const user = await users.findOneByOrFail({ id: inserted.id });
      await this.audit.record(
        tx,
        {
          id: user.id,
          role: user.role,
          displayName: user.displayName,
          locale: user.locale,
          sessionId: '',
          clientAddress: meta.clientAddress ?? undefined,
        },
        'USER_CREATED',
        { type: 'USER', id: user.id },
        { email: user.email, role: user.role, via: 'single sign-on' },
      );
      return { user };
    });
  }
}

/** The provider's name for the person, within the app's limits; else the part of the email before the @. */
function displayNameFor(identity: ProviderIdentity, email: string): string {
  const raw = identity.name ?? '';
  const name = (hasControlCharacter(raw) ? '' : raw).trim().slice(0, USER_LIMITS.displayNameMax);
  if (name.length >= USER_LIMITS.displayNameMin) return name;
  const local = email.split('@')[0].slice(0, USER_LIMITS.displayNameMax);
  return local.length >= USER_LIMITS.displayNameMin ? local : `${local}__`.slice(0, USER_LIMITS.displayNameMin);
}
