import request from 'supertest';
import { TEST_PASSWORD, TestApp } from '../../../test/support/test-app';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email role displayName } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id role } } }';
const ME = '{ me { id email role } }';

describe('identity', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  describe('signUp', () => {
    it('always creates a CUSTOMER, signs them in and sets an httpOnly SameSite=Lax cookie', async () => {
      const response = await request(app.http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: SIGN_UP, variables: { input: { email: 'Ana@Example.test', password: 'long-enough-pw', displayName: 'Ana' } } });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.signUp.user).toMatchObject({ role: 'CUSTOMER', email: 'Ana@Example.test', displayName: 'Ana' });
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/rc_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const cookieValue = cookie.split(';')[0];
      const me = await request(app.http).post('/graphql').set('Content-Type', 'application/json').set('Cookie', cookieValue).send({ query: ME });
      expect(me.body.data.me.role).toBe('CUSTOMER');
    });

    it('refuses an email already used, whatever its case, with CONFLICT on email', async () => {
      await app.ok(SIGN_UP, { input: { email: 'dup@example.test', password: 'long-enough-pw', displayName: 'Dup' } });
      const result = await app.gql(SIGN_UP, { input: { email: 'DUP@example.TEST', password: 'long-enough-pw', displayName: 'Dup 2' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { email: expect.any(String) } });
    });

    it.each([
      [{ email: 'not-an-email', password: 'long-enough-pw', displayName: 'Bob' }, 'email'],
      [{ email: 'bob@example.test', password: 'short', displayName: 'Bob' }, 'password'],
      [{ email: 'bob@example.test', password: 'long-enough-pw', displayName: 'B' }, 'displayName'],
    ])('refuses bad input %j with BAD_USER_INPUT on %s and creates nothing', async (input, field) => {
      const [{ count: before }] = await app.db.query('SELECT count(*)::int AS count FROM users');
      const result = await app.gql(SIGN_UP, { input });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
      const [{ count: after }] = await app.db.query('SELECT count(*)::int AS count FROM users');
      expect(after).toBe(before);
    });

    it('stores passwords with argon2id m=19MiB t=2 p=1', async () => {
      const [row] = await app.db.query(`SELECT password_hash FROM users WHERE lower(email) = 'ana@example.test'`);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });
  });

  describe('signIn and sessions', () => {
    it('accepts the email in any case and returns a working Bearer token', async () => {
      const user = await app.user('EMPLOYEE', { email: 'case@example.test' });
      const data = await app.ok(SIGN_IN, { input: { email: 'CASE@Example.Test', password: TEST_PASSWORD } });
      expect(data.signIn.user.id).toBe(user.id);
      expect((await app.ok(ME, {}, data.signIn.token)).me.id).toBe(user.id);
    });

    it('answers the same generic error for an unknown email and a wrong password', async () => {
      await app.user('EMPLOYEE', { email: 'known@example.test' });
      const unknown = await app.gql(SIGN_IN, { input: { email: 'nobody@example.test', password: 'whatever-123' } });
      const wrong = await app.gql(SIGN_IN, { input: { email: 'known@example.test', password: 'wrong-password' } });
      expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    });

    it('stores only a hash of the token', async () => {
      const user = await app.user('CUSTOMER');
      const rows: { token_hash: Buffer }[] = await app.db.query('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
      expect(rows.length).toBe(1);
      expect(rows[0].token_hash.toString('base64url')).not.toBe(user.token);
      expect(rows[0].token_hash.length).toBe(32);
    });

    it('signOut revokes the session', async () => {
      const user = await app.user('CUSTOMER');
      expect((await app.ok('mutation { signOut }', {}, user.token)).signOut).toBe(true);
      expect(await app.code(ME, {}, user.token)).toBe('UNAUTHENTICATED');
    });

    it('refuses expired sessions and garbage tokens', async () => {
      const user = await app.user('CUSTOMER');
      await app.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect(await app.code(ME, {}, user.token)).toBe('UNAUTHENTICATED');
      expect(await app.code(ME, {}, 'not-a-token')).toBe('UNAUTHENTICATED');
    });

    it('locks an account after 10 failures in 15 minutes, even for the right password, and says RATE_LIMITED', async () => {
      await app.user('EMPLOYEE', { email: 'target@example.test' });
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        expect(await app.code(SIGN_IN, { input: { email: 'target@example.test', password: `wrong-${attempt}-xxxx` } })).toBe('UNAUTHENTICATED');
      }
      expect(await app.code(SIGN_IN, { input: { email: 'target@example.test', password: TEST_PASSWORD } })).toBe('RATE_LIMITED');
      // other accounts from the same address still sign in (an office shares one address)
      const other = await app.user('EMPLOYEE', { email: 'colleague@example.test' });
      expect(other.token).toBeTruthy();
      // once the lock has passed, the right password works again
      await app.db.query(`UPDATE account_lockouts SET locked_until = now() - interval '1 second'`);
      await app.db.query(`UPDATE sign_in_failures SET at = now() - interval '16 minutes'`);
      expect((await app.ok(SIGN_IN, { input: { email: 'target@example.test', password: TEST_PASSWORD } })).signIn.token).toBeTruthy();
    });

    it('locks unknown emails the same way, so a lock never tells whether an account exists', async () => {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        await app.gql(SIGN_IN, { input: { email: 'ghost@example.test', password: `wrong-${attempt}-xxxx` } });
      }
      expect(await app.code(SIGN_IN, { input: { email: 'ghost@example.test', password: 'whatever-123' } })).toBe('RATE_LIMITED');
    });
  });

  describe('admin operations', () => {
    it('createUser is ADMIN only and can create any role', async () => {
      const admin = await app.user('ADMIN');
      const manager = await app.user('MANAGER');
      const input = { email: 'new.manager@example.test', password: 'long-enough-pw', displayName: 'New Manager', role: 'MANAGER' };
      const mutation = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id role email } }';
      expect(await app.code(mutation, { input }, manager.token)).toBe('FORBIDDEN');
      const created = await app.ok(mutation, { input }, admin.token);
      expect(created.createUser).toMatchObject({ role: 'MANAGER', email: 'new.manager@example.test' });
    });

    it('deactivateUser revokes every session at once and blocks sign-in', async () => {
      const admin = await app.user('ADMIN');
      const person = await app.user('EMPLOYEE', { email: 'leaving@example.test' });
      const second = await app.ok(SIGN_IN, { input: { email: 'leaving@example.test', password: TEST_PASSWORD } });
      const data = await app.ok('mutation($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }', { id: person.id }, admin.token);
      expect(data.deactivateUser.deactivatedAt).toBeTruthy();
      expect(await app.code(ME, {}, person.token)).toBe('UNAUTHENTICATED');
      expect(await app.code(ME, {}, second.signIn.token)).toBe('UNAUTHENTICATED');
      expect(await app.code(SIGN_IN, { input: { email: 'leaving@example.test', password: TEST_PASSWORD } })).toBe('UNAUTHENTICATED');
    });

    it('users lists accounts for ADMIN only, pages stably and searches', async () => {
      const admin = await app.user('ADMIN');
      const employee = await app.user('EMPLOYEE');
      const query = 'query($first: Int, $after: String, $search: String) { users(first: $first, after: $after, search: $search) { totalCount nodes { id displayName } pageInfo { endCursor hasNextPage } } }';
      expect(await app.code(query, {}, employee.token)).toBe('FORBIDDEN');
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: { users: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } =
          await app.ok(query, { first: 3, after }, admin.token);
        total = page.users.totalCount;
        seen.push(...page.users.nodes.map((node) => node.id));
        after = page.users.pageInfo.hasNextPage ? page.users.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      const found = await app.ok(query, { search: 'leaving' }, admin.token);
      expect(found.users.nodes).toHaveLength(1);
    });

    it('hides emails of other people from non-managers', async () => {
      const customer = await app.user('CUSTOMER');
      const author = await app.user('EMPLOYEE');
      const space = await app.space('COMMUNITY', 'OPEN');
      const id = await app.initiative(space.id, author);
      const data = await app.ok('query($id: ID!) { initiative(id: $id) { author { id email displayName } } }', { id }, customer.token);
      expect(data.initiative.author).toEqual({ id: author.id, email: null, displayName: expect.any(String) });
    });
  });

  describe('updateProfile', () => {
    it('changes the viewer’s own name and language, validated, and the language reaches their notifications', async () => {
      const person = await app.user('EMPLOYEE');
      const mutation = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName locale } }';
      expect((await app.ok(mutation, { input: { locale: 'fr' } }, person.token)).updateProfile).toMatchObject({ id: person.id, locale: 'fr' });
      expect((await app.ok(mutation, { input: { displayName: '  Camille M.  ' } }, person.token)).updateProfile).toMatchObject({ displayName: 'Camille M.', locale: 'fr' });
      expect(await app.code(mutation, { input: { locale: 'de' } }, person.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(mutation, { input: { displayName: 'x' } }, person.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(mutation, { input: { locale: 'en' } })).toBe('UNAUTHENTICATED');
    });
  });
});
