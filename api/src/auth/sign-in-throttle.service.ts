import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { RateLimitedError } from '../common/errors';
import { AuthRateLimits } from './auth-rate-limits.service';

/** 10 failures on one account within 15 minutes lock it for 15 minutes (docs/api.md#visibility). */
export const ACCOUNT_FAILURE_LIMIT = 10;
export const WINDOW_MINUTES = 15;

@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limits: AuthRateLimits,
  ) {}

  /**
   * Refuses before the password is even checked while the account is locked out or this address failed too
   * often for this email; slows an address that failed too often overall (AuthRateLimits). Never refuses
   * everyone behind an address.
   */
  async assertAllowed(emailLower: string, clientAddress: string): Promise<void> {
    const [row]: { locked_until: Date | null }[] = await this.db.query(
      'SELECT locked_until FROM account_lockouts WHERE email_lower = $1 AND locked_until > now()',
      [emailLower],
    );
    if (row?.locked_until) {
      const seconds = Math.max(1, Math.ceil((new Date(row.locked_until).getTime() - Date.now()) / 1000));
      throw new RateLimitedError(`Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minutes.`, seconds);
    }
    await this.limits.beforeSignIn(emailLower, clientAddress);
  }

  /** Records a failure; the one that reaches the limit locks the account for the window. */
  async recordFailure(emailLower: string, clientAddress: string): Promise<void> {
    await this.limits.signInFailed(emailLower, clientAddress);
    await this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO sign_in_failures (email_lower, client_address) VALUES ($1, $2)', [emailLower, clientAddress]);
      const [{ failures }]: { failures: number }[] = await tx.query(
        `SELECT count(*)::int AS failures FROM sign_in_failures
          WHERE email_lower = $1 AND at > now() - make_interval(mins => $2)`,
        [emailLower, WINDOW_MINUTES],
      );
      if (failures >= ACCOUNT_FAILURE_LIMIT) {
        await tx.query(
          `INSERT INTO account_lockouts (email_lower, locked_until) VALUES ($1, now() + make_interval(mins => $2))
           ON CONFLICT (email_lower) DO UPDATE SET locked_until = excluded.locked_until`,
          [emailLower, WINDOW_MINUTES],
        );
      }
    });
  }

  /** A successful sign-in, or a password set from a mailed link, starts the count afresh for that account. */
  async clear(emailLower: string, manager: EntityManager = this.db.manager, clientAddress?: string): Promise<void> {
    if (clientAddress) await this.limits.signInSucceeded(emailLower, clientAddress);
    await manager.query('DELETE FROM sign_in_failures WHERE email_lower = $1', [emailLower]);
    await manager.query('DELETE FROM account_lockouts WHERE email_lower = $1', [emailLower]);
  }
}
