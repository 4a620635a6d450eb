import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import type { DataSource } from 'typeorm';

import { createApp } from '../../api/src/app.factory';
import { loadConfig, type AppConfig } from '../../api/src/config/config';
import { createDataSource } from '../../api/src/database/data-source';
import { QueryCounter } from '../../api/src/database/query-counter';
import { LiveEventsService } from '../../api/src/live/live-events.service';
import { TestClient } from './client';
import { factories, type Factories } from './factories';
import { TopicWatch } from './live';
import { createTestDatabase } from './test-database';

export { TEST_PASSWORD, type TestUser } from './factories';
export type { GqlResult } from './client';

/**
 * The whole app on a fresh database of its own, for one test file: `app.as(user).send(document)`
 * goes through HTTP like a real client; `app.make.user({ role: 'CUSTOMER' })` makes a person and signs them in.
 */
export class TestApp {
  /** Test data in one line: people, spaces, initiatives (test/support/factories.ts). */
  readonly make: Factories;
  /** Tells when a subscription is live on this instance (see `subscribeWhenListening`). */
  readonly topics: TopicWatch;

  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
    private readonly dropDatabase: () => Promise<void>,
    private readonly databaseUrl: string,
  ) {
    this.topics = new TopicWatch(app.get(LiveEventsService));
    this.make = factories((sql, params) => db.query(sql, params));
  }

  /** A client signed in as `user` (anonymous without one), sending typed documents. */
  as(user?: { token: string } | null, headers: Record<string, string> = {}): TestClient {
    return new TestClient(this.http, user?.token, headers);
  }

  /** `config` overrides what no variable sets (the web app's folder, for a fixture build). */
  static async start(env: Record<string, string> = {}, config: Partial<AppConfig> = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    return TestApp.boot(database.url, env, database.drop, config);
  }

  private static async boot(
    url: string,
    env: Record<string, string>,
    drop: () => Promise<void>,
    overrides: Partial<AppConfig> = {},
  ): Promise<TestApp> {
    const config = {
      ...loadConfig({ DATABASE_URL: url, DEMO_DATA: '0', CHALLENGE_TICK_MS: '0', NOTIFICATION_MAIL_TICK_MS: '0', ...env }),
      logLevel: 'silent',
      ...overrides,
    };
    const db = createDataSource(url);
    await db.initialize();
    const app = await createApp(config, db, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    await app.init();
    return new TestApp(app, db, drop, url);
  }

  /** A second instance of the app on the same database, as when several servers share one. */
  sibling(env: Record<string, string> = {}, config: Partial<AppConfig> = {}): Promise<TestApp> {
    return TestApp.boot(this.databaseUrl, env, async () => undefined, config);
  }

  /** Listens on a free port (for WebSocket subscriptions); returns the base URL. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    const address = this.app.getHttpServer().address() as { port: number };
    return `http://127.0.0.1:${address.port}`;
  }

  get http() {
    return this.app.getHttpServer();
  }

  /** SQL statements the app ran during `work` (the app is in-process, tests run one call at a time). */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    const before = QueryCounter.total;
    await work();
    return QueryCounter.total - before;
  }

  async close(): Promise<void> {
    await this.app.close();
    if (this.db.isInitialized) await this.db.destroy();
    await this.dropDatabase();
  }
}
