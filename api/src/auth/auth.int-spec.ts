import { print } from 'graphql';
import request from 'supertest';

import { graphql } from '../../../test/support/gql';
import { allPages, idsOfPages } from '../../../test/support/paging';
import { TEST_PASSWORD, TestApp } from '../../../test/support/test-app';

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        email
        role
        displayName
      }
    }
  }
`);

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

const Me = graphql(`
  query Me {
    me {
      id
      email
      role
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      role
      email
    }
  }
`);

const DeactivateUser = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

const Users = graphql(`
  query Users($first: Int, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      nodes {
        id
        displayName
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const InitiativeAuthor = graphql(`
  query InitiativeAuthor($id: ID!) {
    initiative(id: $id) {
      author {
        id
        email
        displayName
      }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
    }
  }
`);

describe('identity', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ TRUST_PROXY: '1' })));
  afterAll(() => app.close());

  const countUsers = async () => (await app.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM users'))[0].count;

  describe('signUp', () => {
    it('always creates a CUSTOMER, signs them in and sets an httpOnly SameSite=Lax cookie', async () => {
      const response = await request(app.http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({
          query: print(SignUp),
          variables: { input: { email: 'Ana@Example.test', password: 'long-enough-pw', displayName: 'Ana' } },
        });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.signUp.user).toMatchObject({ role: 'CUSTOMER', email: 'Ana@Example.test', displayName: 'Ana' });
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/rc_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const cookieValue = cookie.split(';')[0];
      const me = await request(app.http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Cookie', cookieValue)
        .send({ query: print(Me) });
      expect(me.body.data.me.role).toBe('CUSTOMER');
    });

    it('refuses an email already used, whatever its case, with CONFLICT on email', async () => {
      await app.as().send(SignUp, { input: { email: 'dup@example.test', password: 'long-enough-pw', displayName: 'Dup' } });
      const result = await app.as().run(SignUp, { input: { email: 'DUP@example.TEST', password: 'long-enough-pw', displayName: 'Dup 2' } });
      expect(result).toHaveErrorCode('CONFLICT');
      expect(result.errors?.[0].extensions?.fields).toEqual({ email: expect.any(String) });
    });

    it('tells the owner of the address that someone tried to sign up with it, at most once an hour', async () => {
      const from = { 'X-Forwarded-For': '203.0.113.240' }; // its own address: the sign-up limit stays out of the way
      await app.as(null, from).send(SignUp, { input: { email: 'owner@example.test', password: 'long-enough-pw', displayName: 'Owner' } });
      for (const attempt of [1, 2]) {
        const result = await app
          .as(null, from)
          .run(SignUp, { input: { email: 'Owner@example.test', password: `another-pw-${attempt}`, displayName: 'Xavier' } });
        expect(result).toHaveErrorCode('CONFLICT');
      }
      const mails = await app.db.query<{ to_address: string; subject: string; text: string }[]>(
        `SELECT to_address, subject, text FROM outbox_messages WHERE kind = 'ACCOUNT_EXISTS' AND to_address = 'owner@example.test'`,
      );
      expect(mails).toEqual([
        { to_address: 'owner@example.test', subject: 'You already have a Red Chair account', text: expect.any(String) },
      ]);
      expect(mails[0].text).toContain('/forgot-password');
    });

    it.each([
      [{ email: 'not-an-email', password: 'long-enough-pw', displayName: 'Bob' }, 'email'],
      [{ email: 'bob@example.test', password: 'short', displayName: 'Bob' }, 'password'],
      [{ email: 'bob@example.test', password: 'long-enough-pw', displayName: 'B' }, 'displayName'],
    ])('refuses bad input %j with BAD_USER_INPUT on %s and creates nothing', async (input, field) => {
      const before = await countUsers();
      const result = await app.as().run(SignUp, { input });
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
      expect(await countUsers()).toBe(before);
    });

    it('stores passwords with argon2id m=19MiB t=2 p=1', async () => {
      const [row] = await app.db.query<{ password_hash: string }[]>(
        `SELECT password_hash FROM users WHERE lower(email) = 'ana@example.test'`,
      );
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });
  });

  describe('signIn and sessions', () => {
    it('accepts the email in any case and returns a working Bearer token', async () => {
      const user = await app.make.user({ email: 'case@example.test' });
      const { signIn } = await app.as().send(SignIn, { input: { email: 'CASE@Example.Test', password: TEST_PASSWORD } });
      expect(signIn.user.id).toBe(user.id);
      expect((await app.as(signIn).send(Me)).me?.id).toBe(user.id);
    });

    it('answers the same generic error for an unknown email and a wrong password', async () => {
      await app.make.user({ email: 'known@example.test' });
      const unknown = await app.as().run(SignIn, { input: { email: 'nobody@example.test', password: 'whatever-123' } });
      const wrong = await app.as().run(SignIn, { input: { email: 'known@example.test', password: 'wrong-password' } });
      expect(unknown).toHaveErrorCode('UNAUTHENTICATED');
      expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    });

    it('stores only a hash of the token', async () => {
      const user = await app.make.user({ role: 'CUSTOMER' });
      const rows = await app.db.query<{ token_hash: Buffer }[]>('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
      expect(rows.length).toBe(1);
      expect(rows[0].token_hash.toString('base64url')).not.toBe(user.token);
      expect(rows[0].token_hash.length).toBe(32);
    });

    it('signOut revokes the session', async () => {
      const user = await app.make.user({ role: 'CUSTOMER' });
      expect((await app.as(user).send(SignOut)).signOut).toBe(true);
      await expect(app.as(user).send(Me)).rejects.toHaveErrorCode('UNAUTHENTICATED');
    });

    it('refuses expired sessions and garbage tokens', async () => {
      const user = await app.make.user({ role: 'CUSTOMER' });
      await app.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      await expect(app.as(user).send(Me)).rejects.toHaveErrorCode('UNAUTHENTICATED');
      await expect(app.as({ token: 'not-a-token' }).send(Me)).rejects.toHaveErrorCode('UNAUTHENTICATED');
    });

    it('locks an account after 10 failures in 15 minutes from anywhere, even for the right password, and says RATE_LIMITED', async () => {
      await app.make.user({ email: 'target@example.test' });
      // Two addresses (behind the trusted proxy), five each: no address-and-email pair reaches its own limit.
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const from = { 'X-Forwarded-For': attempt % 2 ? '203.0.113.1' : '203.0.113.2' };
        await expect(
          app.as(null, from).send(SignIn, { input: { email: 'target@example.test', password: `wrong-${attempt}-xxxx` } }),
        ).rejects.toHaveErrorCode('UNAUTHENTICATED');
      }
      await expect(app.as().send(SignIn, { input: { email: 'target@example.test', password: TEST_PASSWORD } })).rejects.toHaveErrorCode(
        'RATE_LIMITED',
      );
      // other accounts from the same address still sign in (an office shares one address)
      await app.make.user({ email: 'colleague@example.test', signedIn: false });
      expect(
        (await app.as().send(SignIn, { input: { email: 'colleague@example.test', password: TEST_PASSWORD } })).signIn.token,
      ).toBeTruthy();
      // once the lock has passed, the right password works again
      await app.db.query('DELETE FROM rate_limits');
      expect((await app.as().send(SignIn, { input: { email: 'target@example.test', password: TEST_PASSWORD } })).signIn.token).toBeTruthy();
    });

    it('locks unknown emails the same way, so a lock never tells whether an account exists', async () => {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        await app
          .as(null, { 'X-Forwarded-For': `198.51.100.${attempt}` })
          .run(SignIn, { input: { email: 'ghost@example.test', password: `wrong-${attempt}-xxxx` } });
      }
      await expect(app.as().send(SignIn, { input: { email: 'ghost@example.test', password: 'whatever-123' } })).rejects.toHaveErrorCode(
        'RATE_LIMITED',
      );
    });
  });

  describe('admin operations', () => {
    it('createUser is ADMIN only and can create any role', async () => {
      const admin = await app.make.user({ role: 'ADMIN' });
      const manager = await app.make.user({ role: 'MANAGER' });
      const input = { email: 'new.manager@example.test', password: 'long-enough-pw', displayName: 'New Manager', role: 'MANAGER' } as const;
      await expect(app.as(manager).send(CreateUser, { input })).rejects.toHaveErrorCode('FORBIDDEN');
      expect((await app.as(admin).send(CreateUser, { input })).createUser).toMatchObject({
        role: 'MANAGER',
        email: 'new.manager@example.test',
      });
    });

    it('deactivateUser revokes every session at once and blocks sign-in', async () => {
      const admin = await app.make.user({ role: 'ADMIN' });
      const person = await app.make.user({ email: 'leaving@example.test' });
      const second = await app.as().send(SignIn, { input: { email: 'leaving@example.test', password: TEST_PASSWORD } });
      const { deactivateUser } = await app.as(admin).send(DeactivateUser, { id: person.id });
      expect(deactivateUser.deactivatedAt).toBeTruthy();
      await expect(app.as(person).send(Me)).rejects.toHaveErrorCode('UNAUTHENTICATED');
      await expect(app.as(second.signIn).send(Me)).rejects.toHaveErrorCode('UNAUTHENTICATED');
      await expect(app.as().send(SignIn, { input: { email: 'leaving@example.test', password: TEST_PASSWORD } })).rejects.toHaveErrorCode(
        'UNAUTHENTICATED',
      );
    });

    it('users lists accounts for ADMIN only, pages stably and searches', async () => {
      const admin = await app.make.user({ role: 'ADMIN' });
      const employee = await app.make.user();
      await expect(app.as(employee).send(Users)).rejects.toHaveErrorCode('FORBIDDEN');
      const pages = await allPages(async (after) => (await app.as(admin).send(Users, { first: 3, after })).users);
      const seen = idsOfPages(pages);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(pages[0].totalCount);
      expect((await app.as(admin).send(Users, { search: 'leaving' })).users.nodes).toHaveLength(1);
    });

    it('hides emails of other people from non-managers', async () => {
      const customer = await app.make.user({ role: 'CUSTOMER' });
      const author = await app.make.user();
      const space = await app.make.space();
      const { id } = await app.make.initiative({ space, author });
      const { initiative } = await app.as(customer).send(InitiativeAuthor, { id });
      expect(initiative?.author).toEqual({ id: author.id, email: null, displayName: expect.any(String) });
    });
  });

  describe('updateProfile', () => {
    it('changes the viewer’s own name and language, validated, and the language reaches their notifications', async () => {
      const person = await app.make.user();
      expect((await app.as(person).send(UpdateProfile, { input: { locale: 'fr' } })).updateProfile).toMatchObject({
        id: person.id,
        locale: 'fr',
      });
      expect((await app.as(person).send(UpdateProfile, { input: { displayName: '  Camille M.  ' } })).updateProfile).toMatchObject({
        displayName: 'Camille M.',
        locale: 'fr',
      });
      await expect(app.as(person).send(UpdateProfile, { input: { locale: 'de' } })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(app.as(person).send(UpdateProfile, { input: { displayName: 'x' } })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(app.as().send(UpdateProfile, { input: { locale: 'en' } })).rejects.toHaveErrorCode('UNAUTHENTICATED');
    });
  });
});
