import type { Role } from '@red-chair/domain';
import type { AppConfig } from '../../api/src/config/config';
import type { GqlResult } from './client';
import { TestApp, type TestUser } from './test-app';

/**
 * The administration suites (audit, invitations, import, people and spaces) were written before the
 * typed test operations; this keeps their string documents working on TestApp until they move to
 * `graphql()` documents and `app.as(user).send(…)`.
 */
export class UntypedTestApp {
  private constructor(readonly app: TestApp) {}

  static async start(env: Record<string, string> = {}, config: Partial<AppConfig> = {}): Promise<UntypedTestApp> {
    return new UntypedTestApp(await TestApp.start(env, config));
  }

  get db() {
    return this.app.db;
  }

  gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<Record<string, unknown>>> {
    return this.app.as(token ? { token } : null).runUntypedDocument(query, variables) as Promise<GqlResult<Record<string, unknown>>>;
  }

  /** Data of a call that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
    const result = await this.gql(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
    return result.data as T;
  }

  async code(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<string | undefined> {
    return (await this.gql(query, variables, token)).errors?.[0]?.extensions?.code as string | undefined;
  }

  user(role: Role, fields: { email?: string; displayName?: string } = {}): Promise<TestUser> {
    return this.app.make.user({ role, ...fields });
  }

  space(kind: 'INTERNAL' | 'COMMUNITY', access: 'OPEN' | 'INVITE_ONLY', fields: { members?: { id: string }[]; slug?: string } = {}) {
    return this.app.make.space({ kind, access, ...fields });
  }

  async initiative(spaceId: string, author: { id: string }): Promise<string> {
    return (await this.app.make.initiative({ space: { id: spaceId }, author })).id;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
