import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { normalizeEmail, type Locale } from '@red-chair/domain';

import { InvalidInputError } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { MailOutbox } from '../mail/mail-outbox.service';
import { AuthRateLimits } from './auth-rate-limits.service';
import { passwordLinkMail, type PasswordLinkPurpose } from './password-reset.mail';
import { passwordsAllowedFor } from './password-sign-in';
import { hashPassword, verifyPassword } from './passwords';
import { SessionsService, type SessionMeta } from './sessions.service';
import { hashToken, newSessionToken } from './tokens';

const RESET_REQUEST_QUEUE = 'password-reset-request';
/** How long a link works (docs/api.md#passwords). */
const LINK_HOURS: Record<PasswordLinkPurpose, number> = { RESET: 1, WELCOME: 7 * 24 };
/** At most this many reset mails an hour to one account, whoever asks: nobody can flood a mailbox. */
const RESETS_PER_HOUR = 3;

const INVALID_LINK = 'This link has expired or was already used: ask for a new one.';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

/** Forgotten and changed passwords, and the links that set one. */
@Injectable()
export class PasswordResetService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: MailOutbox,
    private readonly sessions: SessionsService,
    private readonly limits: AuthRateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.define({ name: RESET_REQUEST_QUEUE, retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 60 });
    await this.jobs.work<{ email: string }>(RESET_REQUEST_QUEUE, ({ email }) => this.mailResetLink(email));
  }

  /**
   * The same answer, and the same work, whether the account exists or not: the request only queues a
   * job; the job looks the account up and mails the link when there is one.
   */
  async request(email: string): Promise<void> {
    await this.jobs.send(this.db.manager, RESET_REQUEST_QUEUE, { email: normalizeEmail(email) });
  }

  private async mailResetLink(emailLower: string): Promise<void> {
    if (!passwordsAllowedFor(this.config, emailLower)) return; // OIDC_ONLY: the provider owns passwords
    await this.db.transaction(async (tx) => {
      const [account] = (await tx.query(
        `SELECT u.id, u.email, u.display_name AS "displayName", u.locale FROM users u
          WHERE lower(u.email) = $1 AND u.deactivated_at IS NULL
            AND (SELECT count(*) FROM password_reset_tokens t
                  WHERE t.user_id = u.id AND t.purpose = 'RESET' AND t.created_at > now() - interval '1 hour') < $2
          FOR UPDATE OF u`,
        [emailLower, RESETS_PER_HOUR],
      )) as Account[];
      if (account) await this.issueLink(tx, account, 'RESET');
    });
  }

  /** Writes a single-use link for the account and mails it, in the caller's transaction. */
  async issueLink(tx: EntityManager, account: Account, purpose: PasswordLinkPurpose): Promise<void> {
    const token = newSessionToken();
    await tx.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, purpose, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [account.id, hashToken(token), purpose, LINK_HOURS[purpose]],
    );
    const link = this.outbox.link(`/reset-password/${token}`);
    await this.outbox.enqueue(tx, {
      recipientId: account.id,
      to: account.email,
      kind: 'PASSWORD_RESET',
      content: passwordLinkMail(account.locale, purpose, account.displayName, link),
    });
  }

  /** `issueLink` for many accounts at once (a bulk import): one statement for the tokens, one for the mail. */
  async issueLinks(tx: EntityManager, accounts: Account[], purpose: PasswordLinkPurpose): Promise<void> {
    if (accounts.length === 0) return;
    const tokens = accounts.map(() => newSessionToken());
    await tx.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, purpose, expires_at)
       SELECT user_id, token_hash, $3, now() + make_interval(hours => $4) FROM unnest($1::uuid[], $2::bytea[]) AS t(user_id, token_hash)`,
      [accounts.map((account) => account.id), tokens.map(hashToken), purpose, LINK_HOURS[purpose]],
    );
    await this.outbox.enqueueMany(
      tx,
      accounts.map((account, n) => ({
        recipientId: account.id,
        to: account.email,
        kind: 'PASSWORD_RESET' as const,
        content: passwordLinkMail(account.locale, purpose, account.displayName, this.outbox.link(`/reset-password/${tokens[n]}`)),
      })),
    );
  }

  /**
   * Sets the password from a mailed link and signs in with a new session; every other session of the
   * account ends, and so does every other link it was sent.
   */
  async reset(
    token: string,
    password: string,
    meta: SessionMeta,
  ): Promise<{ userId: string; sessionId: string; token: string; expiresAt: Date }> {
    const passwordHash = await hashPassword(password);
    const signedIn = await this.db.transaction(async (tx) => {
      const [link] = (await tx.query(
        `SELECT t.id, t.user_id AS "userId", lower(u.email) AS "emailLower" FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.deactivated_at IS NULL
          FOR UPDATE OF t`,
        [hashToken(token)],
      )) as { id: string; userId: string; emailLower: string }[];
      if (!link) throw new InvalidInputError({ token: INVALID_LINK }, INVALID_LINK);
      await tx.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [link.userId]);
      await tx.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [link.userId, passwordHash]);
      await this.sessions.revokeAllOf(tx, link.userId);
      const session = await this.sessions.create(tx, link.userId, meta);
      return { userId: link.userId, emailLower: link.emailLower, ...session };
    });
    const { emailLower, ...result } = signedIn;
    await this.limits.accountRecovered(emailLower);
    return result;
  }

  /** The signed-in person changes their password; their other sessions end. */
  async change(userId: string, sessionId: string, currentPassword: string, newPassword: string, clientAddress: string): Promise<void> {
    const [account] = (await this.db.query(
      `SELECT lower(email) AS "emailLower", password_hash AS "passwordHash" FROM users WHERE id = $1`,
      [userId],
    )) as {
      emailLower: string;
      passwordHash: string;
    }[];
    // The current password is guessed no faster here than at sign-in: the same lockout counts both.
    await this.limits.beforeSignIn(account.emailLower, clientAddress);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.limits.signInFailed(account.emailLower, clientAddress);
      throw new InvalidInputError({ currentPassword: 'is not your current password' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
      await this.sessions.revokeAllOf(tx, userId, sessionId);
    });
  }
}
