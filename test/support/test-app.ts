import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@red-chair/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import pino from 'pino';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory';
import { loadConfig, type AppConfig } from '../../api/src/config/config';
import { createDataSource } from '../../api/src/database/data-source';
import { QueryCounter } from '../../api/src/database/query-counter';
import { PUB_SUB } from '../../api/src/live/live-events.service';
import { TestClient, type GqlResult } from './client';
import { factories, type Factories, type SpaceAccess, type SpaceKind, type TestUser } from './factories';
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
    this.topics = new TopicWatch(app.get<symbol, PubSubEngine>(PUB_SUB));
    this.make = factories((sql, params) => db.query(sql, params));
  }

  /** A client signed in as `user` (anonymous without one), sending typed documents. */
  as(user?: { token: string } | null): TestClient {
    return new TestClient(this.http, user?.token);
  }

  /** `config` overrides what no variable sets (the web app's folder, for a fixture build). */
  static async start(env: Record<string, string> = {}, config: Partial<AppConfig> = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    return TestApp.boot(database.url, env, database.drop, config);
  }

  private static async boot(url: string, env: Record<string, string>, drop: () => Promise<void>, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
    const config = { ...loadConfig({ DATABASE_URL: url, DEMO_DATA: '0', CHALLENGE_TICK_MS: '0', ...env }), logLevel: 'silent', ...overrides };
    const db = createDataSource(url);
    await db.initialize();
    const app = await createApp(config, db, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    await app.init();
    return new TestApp(app, db, drop, url);
  }

  /** A second instance of the app on the same database, as when several servers share one. */
  sibling(env: Record<string, string> = {}): Promise<TestApp> {
    return TestApp.boot(this.databaseUrl, env, async () => undefined);
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

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const call = request(this.http).post('/graphql').set('Content-Type', 'application/json');
    if (token) call.set('Authorization', `Bearer ${token}`);
    const response = await call.send({ query, variables });
    return { ...(response.body as Omit<GqlResult<T>, 'status' | 'headers'>), status: response.status, headers: response.headers };
  }

  /** Data of a call that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
    return result.data;
  }

  /** The first error's code of a call that must fail. */
  async code(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<string | undefined> {
    const result = await this.gql(query, variables, token);
    return result.errors?.[0]?.extensions?.code;
  }

  /** Kept while int-spec files move to `make` (same rows). */
  user(role: Role, overrides: { email?: string; displayName?: string } = {}): Promise<TestUser> {
    return this.make.user({ role, ...overrides });
  }

  space(kind: SpaceKind, access: SpaceAccess, options: { members?: TestUser[]; slug?: string; responseSlaDays?: number } = {}): Promise<{ id: string; slug: string }> {
    return this.make.space({ kind, access, ...options });
  }

  async initiative(spaceId: string, author: TestUser, fields: Partial<{ title: string; createdAt: Date; tags: string[] }> = {}): Promise<string> {
    return (await this.make.initiative({ space: { id: spaceId }, author, ...fields })).id;
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
