import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import PgBoss from 'pg-boss';
import { completeJobs, failJobsById } from 'pg-boss/src/plans';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { AfterCommit } from '../common/after-commit';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

const SCHEMA = 'pgboss';
const END_OF_JOB = new Set([completeJobs(SCHEMA), failJobsById(SCHEMA)]);

export interface QueueDefinition {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** 'short': at most one job waits at a time, so a burst of kicks queues a single run. */
  policy?: 'standard' | 'short';
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

/**
 * The job queue: pg-boss on the app's own PostgreSQL and its pool. pg-boss is maintained, made for
 * PostgreSQL (SKIP LOCKED fetching, retries with backoff, expiry of jobs whose worker died, cron) and
 * runs in every API instance without a coordinator. Jobs are inserted with the SQL connection of the
 * transaction that causes them, so a job exists exactly when its cause committed; the local worker is
 * woken after the commit, other instances find it when they poll.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly afterCommit: AfterCommit;
  private readonly workers = new Map<string, string>();
  private readonly defined = new Set<string>();
  private started: Promise<void> | undefined;

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly log: PinoLogger,
  ) {
    const pool = (db.driver as PostgresDriver).master as Pool;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => this.executeSql(pool, text, values) },
      schema: SCHEMA,
      supervise: true,
      schedule: true,
      maintenanceIntervalSeconds: config.jobs.maintenanceIntervalSeconds,
    });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue'));
    this.afterCommit = new AfterCommit(db);
  }

  /** Starts pg-boss once (creating or upgrading its own schema, `pgboss`). */
  private ready(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  /** Creates the queue if it does not exist yet (its retry policy applies to every job in it). */
  async define(queue: QueueDefinition): Promise<void> {
    await this.ready();
    await this.boss.createQueue(queue.name, {
      name: queue.name,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: queue.expireInSeconds,
      ...(queue.policy ? { policy: queue.policy } : {}),
    });
    this.defined.add(queue.name);
  }

  /**
   * Once `tx` commits, queues a job of `name` with no data, outside the transaction (so concurrent
   * transactions never wait on each other for it), and wakes the local worker. A queue nobody defined
   * in this instance (its worker is off) is left alone.
   */
  kickAfterCommit(tx: EntityManager, name: string): void {
    if (!this.defined.has(name)) return;
    this.afterCommit.run(tx, () => {
      this.boss
        .send(name, {})
        .then(() => this.wake(name))
        .catch((error: unknown) => this.log.warn({ err: error, queue: name }, 'could not queue a job; the periodic run will do it'));
    });
  }

  /**
   * Queues a job in the transaction of `tx`: it exists if and only if that transaction commits.
   * `startAfter` delays it (a challenge that opens next week).
   */
  async send(tx: EntityManager, name: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    await this.boss.send(name, data, { ...options, db: this.executorOf(tx) });
    this.afterCommit.run(tx, () => this.wake(name));
  }

  /** Many jobs of one queue in one statement, in the transaction of `tx` (their queue's retry policy applies). */
  async sendMany(tx: EntityManager, name: string, data: object[]): Promise<void> {
    if (data.length === 0) return;
    await this.boss.insert(
      data.map((item) => ({ name, data: item })),
      { db: this.executorOf(tx) },
    );
    this.afterCommit.run(tx, () => this.wake(name));
  }

  /**
   * Also queues a job on this cron schedule (UTC). pg-boss keeps schedules in its tables and, whatever the
   * number of instances, queues one job per tick (singleton per minute).
   */
  async schedule(name: string, cron: string): Promise<void> {
    await this.ready();
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Runs `handler` for each job of the queue, one at a time per instance; a throw retries it later. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    const id = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds, includeMetadata: true },
      async ([job]) => {
        await handler(job.data, { id: job.id, retryCount: job.retryCount });
      },
    );
    this.workers.set(name, id);
  }

  /** pg-boss runs its SQL through this, so a job is written in the caller's transaction. */
  private executorOf(tx: EntityManager): { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> } | undefined {
    const runner = tx.queryRunner;
    return runner
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records as unknown[] }) }
      : undefined;
  }

  /**
   * pg-boss records the end of a job without awaiting it, so a failure there would be an unhandled
   * rejection, which stops Node: the database down for a moment, or a job that outlived the shutdown
   * (a send hung past the stop timeout) once the pool is gone. Those two statements answer "nothing
   * changed" instead; the job stays active, expires, and runs again, as after a crash.
   */
  private async executeSql(pool: Pool, text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    try {
      return await pool.query(text, values);
    } catch (error) {
      if (!END_OF_JOB.has(text)) throw error;
      this.log.warn({ err: error }, 'could not record the end of a job; it will run again when it expires');
      return { rows: [{ count: 0 }] };
    }
  }

  private wake(name: string): void {
    const worker = this.workers.get(name);
    if (worker) this.boss.notifyWorker(worker);
  }

  /** Stops fetching, lets running jobs end (for stopTimeoutSeconds), and leaves the pool to its owner. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: this.config.jobs.stopTimeoutSeconds * 1000 });
  }
}
