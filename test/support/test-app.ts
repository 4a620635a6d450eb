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
import { hashPassword } from '../../api/src/auth/passwords';
import { hashToken, newSessionToken } from '../../api/src/auth/tokens';
import { PUB_SUB } from '../../api/src/live/live-events.service';
import { TopicWatch } from './live';
import { createTestDatabase } from './test-database';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown> }[];
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/**
 * The whole app on a fresh database of its own, for one test file: `app.gql(query, vars, token)`
 * goes through HTTP like a real client; `app.user('CUSTOMER')` makes a person and signs them in.
 */
export class TestApp {
  private userCount = 0;
  private passwordHash: Promise<string> | undefined;
  /** Tells when a subscription is live on this instance (see `subscribeWhenListening`). */
  readonly topics: TopicWatch;

  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
    private readonly dropDatabase: () => Promise<void>,
    private readonly databaseUrl: string,
  ) {
    this.topics = new TopicWatch(app.get<symbol, PubSubEngine>(PUB_SUB));
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

  /** A person of that role with a live session, both inserted directly. */
  async user(role: Role, overrides: { email?: string; displayName?: string } = {}): Promise<TestUser> {
    this.userCount += 1;
    const email = overrides.email ?? `${role.toLowerCase()}${this.userCount}@example.test`;
    this.passwordHash ??= hashPassword(TEST_PASSWORD);
    const [row]: { id: string }[] = await this.db.query(
      'INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [email, overrides.displayName ?? `${role[0]}${role.slice(1).toLowerCase()} ${this.userCount}`, role, await this.passwordHash],
    );
    // A session made directly, as signIn would (auth.int-spec.ts covers signIn itself): keeps
    // tests that need hundreds of people fast.
    const token = newSessionToken();
    await this.db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [row.id, hashToken(token)]);
    return { id: row.id, email, role, token };
  }

  async space(
    kind: 'INTERNAL' | 'COMMUNITY',
    access: 'OPEN' | 'INVITE_ONLY',
    options: { members?: TestUser[]; slug?: string; responseSlaDays?: number } = {},
  ): Promise<{ id: string; slug: string }> {
    const slug = options.slug ?? `${kind}-${access}-${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/_/g, '-');
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO spaces (slug, name, kind, access, response_sla_days) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [slug, `Space ${slug}`, kind, access, options.responseSlaDays ?? 14],
    );
    for (const member of options.members ?? []) {
      await this.db.query('INSERT INTO space_members (space_id, user_id) VALUES ($1, $2)', [row.id, member.id]);
    }
    return { id: row.id, slug };
  }

  async initiative(spaceId: string, author: TestUser, fields: Partial<{ title: string; createdAt: Date; tags: string[] }> = {}): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags, created_at, last_activity_at)
       VALUES ($1, $2, $3, 'A body', 'CUSTOMER', $4, $5, $5) RETURNING id`,
      [spaceId, author.id, fields.title ?? 'An initiative title', fields.tags ?? [], fields.createdAt ?? new Date()],
    );
    return row.id;
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
