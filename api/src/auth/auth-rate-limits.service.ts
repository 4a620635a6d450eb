import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { RateLimitedError } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Limits against sign-in and sign-up abuse (docs/api.md#sessions). None of them can lock an office out: a
 * whole company may sit behind one address.
 * - failed sign-ins per account, from anywhere: the 10th in 15 minutes locks that account (known or not, so
 *   a lock never tells whether it exists) for 15 minutes, the right password included;
 * - failed sign-ins per address *and* email: the attacker guessing one account from one place is stopped;
 * - failed sign-ins per address: past a free allowance, every sign-in from there is answered a little later,
 *   growing with the failures, which slows a spray of guesses without refusing anyone;
 * - sign-ups per address, so nobody creates thousands of accounts a minute.
 */
export const AUTH_LIMITS = {
  accountFailures: { points: 10, durationSeconds: 15 * 60, lockSeconds: 15 * 60 },
  pairFailures: { points: 5, durationSeconds: 15 * 60 },
  addressFailures: { freeFailures: 20, stepMs: 250, maxDelayMs: 5_000, durationSeconds: 15 * 60 },
  signUps: { points: 10, durationSeconds: 60 * 60 },
} as const;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * rate-limiter-flexible (maintained, atomic counters, made for this) on Redis when REDIS_URL is set, else on the
 * app's PostgreSQL (`rate_limits`, made by a migration): either way every instance shares the same counts.
 */
@Injectable()
export class AuthRateLimits implements OnApplicationShutdown {
  private readonly redis: Redis | undefined;
  private readonly accountFailures: RateLimiterAbstract;
  private readonly pairFailures: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly log: PinoLogger,
  ) {
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
    this.redis?.on('error', (error: Error) => this.log.warn({ err: error }, 'rate limits: Redis'));
    const pool = (db.driver as PostgresDriver).master as Pool;
    const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const keyPrefix = `${config.rateLimitPrefix}:${name}`;
      return this.redis
        ? new RateLimiterRedis({ storeClient: this.redis, keyPrefix, points, duration })
        : new RateLimiterPostgres({
            storeClient: pool,
            storeType: 'pool',
            tableName: 'rate_limits',
            tableCreated: true,
            keyPrefix,
            points,
            duration,
          });
    };
    this.accountFailures = limiter('sign-in-account', AUTH_LIMITS.accountFailures.points, AUTH_LIMITS.accountFailures.durationSeconds);
    this.pairFailures = limiter('sign-in-pair', AUTH_LIMITS.pairFailures.points, AUTH_LIMITS.pairFailures.durationSeconds);
    // Counted without a ceiling: the count sets the delay, it never refuses.
    this.addressFailures = limiter('sign-in-address', Number.MAX_SAFE_INTEGER, AUTH_LIMITS.addressFailures.durationSeconds);
    this.signUps = limiter('sign-up', AUTH_LIMITS.signUps.points, AUTH_LIMITS.signUps.durationSeconds);
  }

  /**
   * Before a password is checked (at sign-in, and when a signed-in person changes theirs): refuses a locked
   * account or pair, and slows an address that failed too often.
   */
  async beforeSignIn(emailLower: string, address: string): Promise<void> {
    const [account, pair, fromAddress] = await Promise.all([
      this.accountFailures.get(emailLower),
      this.pairFailures.get(pairKey(emailLower, address)),
      this.addressFailures.get(address),
    ]);
    if (account && account.consumedPoints >= AUTH_LIMITS.accountFailures.points) {
      const seconds = Math.ceil(account.msBeforeNext / 1000);
      throw new RateLimitedError(`Too many failed sign-ins. Try again in ${minutes(seconds)} minutes.`, seconds);
    }
    if (pair && pair.consumedPoints >= AUTH_LIMITS.pairFailures.points) {
      const seconds = Math.ceil(pair.msBeforeNext / 1000);
      throw new RateLimitedError(
        `Too many failed sign-ins for this account from your network. Try again in ${minutes(seconds)} minutes.`,
        seconds,
      );
    }
    const delay = signInDelayMs(fromAddress?.consumedPoints ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }

  async signInFailed(emailLower: string, address: string): Promise<void> {
    const [account] = await Promise.all([
      consume(this.accountFailures, emailLower),
      consume(this.pairFailures, pairKey(emailLower, address)),
      consume(this.addressFailures, address),
    ]);
    // The failure that reaches the limit locks the account for the whole lock time, from now.
    if (account.consumedPoints === AUTH_LIMITS.accountFailures.points) {
      await this.accountFailures.block(emailLower, AUTH_LIMITS.accountFailures.lockSeconds);
    }
  }

  async signInSucceeded(emailLower: string, address: string): Promise<void> {
    await Promise.all([this.accountFailures.delete(emailLower), this.pairFailures.delete(pairKey(emailLower, address))]);
  }

  /** A password set from a mailed link: whoever holds the mailbox may sign in again at once. */
  async accountRecovered(emailLower: string): Promise<void> {
    await this.accountFailures.delete(emailLower);
  }

  /** Counts a sign-up attempt from this address; past the limit, RATE_LIMITED with when to try again. */
  async beforeSignUp(address: string): Promise<void> {
    try {
      await this.signUps.consume(address);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw new RateLimitedError(`Too many accounts were created from your network. Try again in ${minutes(seconds)} minutes.`, seconds);
    }
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}

/** How long a sign-in from an address that failed `failures` times in the window waits before its answer. */
export function signInDelayMs(failures: number): number {
  const { freeFailures, stepMs, maxDelayMs } = AUTH_LIMITS.addressFailures;
  return failures <= freeFailures ? 0 : Math.min(maxDelayMs, (failures - freeFailures) * stepMs);
}

const pairKey = (emailLower: string, address: string) => `${address}|${emailLower}`;

/** A consume past the limit rejects with the limiter's state; here that is the expected "over", not an error. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return error;
  }
}
