import { print } from 'graphql';
import request from 'supertest';

import { graphql } from '../../../test/support/gql';
import { TEST_PASSWORD, TestApp, type TestUser } from '../../../test/support/test-app';
import { MAX_ALIASES } from './limits';

const FeedTotal = graphql(`
  query FeedTotal($first: Int) {
    initiatives(first: $first) {
      totalCount
    }
  }
`);

const SpaceIds = graphql(`
  query SpaceIds {
    spaces {
      id
    }
  }
`);

const SignInForCookie = graphql(`
  mutation SignInForCookie($input: SignInInput!) {
    signIn(input: $input) {
      token
    }
  }
`);

const InitiativeById = graphql(`
  query InitiativeById($id: ID!) {
    initiative(id: $id) {
      id
    }
  }
`);

// Documents the schema refuses (syntax, unknown fields, too many aliases) cannot be typed: they go
// through runUntypedDocument as strings.
const leaksInternals = (body: unknown) => /stacktrace|\bat \w+ \(|node_modules|QueryFailedError|SELECT |INSERT /.test(JSON.stringify(body));

describe('GraphQL edge: errors and limits (docs/api.md#errors)', () => {
  let app: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    app = await TestApp.start();
    user = await app.make.user();
  });
  afterAll(() => app.close());

  it('reports syntax errors as GRAPHQL_PARSE_FAILED', async () => {
    const result = await app.as(user).runUntypedDocument('{ spaces { id ');
    expect(result).toHaveErrorCode('GRAPHQL_PARSE_FAILED');
    expect(leaksInternals(result)).toBe(false);
  });

  it('reports unknown fields as GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await app.as(user).runUntypedDocument('{ spaces { id passwordHash } }');
    expect(result).toHaveErrorCode('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports variables of the wrong type as BAD_USER_INPUT', async () => {
    const result = await app.as(user).runWithUntypedVariables(FeedTotal, { first: 'many' });
    expect(result).toHaveErrorCode('BAD_USER_INPUT');
    expect(leaksInternals(result)).toBe(false);
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: spaces { id }`).join(' ');
    const result = await app.as(user).runUntypedDocument(`{ ${fields} }`);
    expect(result).toHaveErrorCode('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/aliases/);
  });

  it('refuses batched requests', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${user.token}`)
      .send([{ query: '{ spaces { id } }' }, { query: '{ spaces { id } }' }]);
    expect(response.status).toBe(400);
    expect(leaksInternals(response.body) || leaksInternals(response.text)).toBe(false);
  });

  it('answers malformed JSON with 400 and no internals', async () => {
    const response = await request(app.http).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(leaksInternals(response.text)).toBe(false);
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const response = await request(app.http).get('/graphql').query({ query: '{ spaces { id } }' });
    expect(response.status).toBe(400);
  });

  it('never shows a stack trace or SQL for an unexpected failure', async () => {
    // Break the database under the app: the error must reach the client as a bare INTERNAL_SERVER_ERROR.
    await app.db.query('ALTER TABLE spaces RENAME TO spaces_gone');
    try {
      const result = await app.as(user).run(SpaceIds);
      expect(result.errors?.[0]).toEqual({
        message: expect.any(String),
        locations: expect.any(Array),
        path: ['spaces'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(leaksInternals(result)).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(/spaces_gone|relation|does not exist/);
    } finally {
      await app.db.query('ALTER TABLE spaces_gone RENAME TO spaces');
    }
  });

  it('rejects oversized inputs without touching the database', async () => {
    await expect(app.as(user).send(InitiativeById, { id: 'x'.repeat(100000) })).rejects.toHaveErrorCode('NOT_FOUND');
  });
});

describe('GraphQL edge in production mode', () => {
  let app: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    app = await TestApp.start({ NODE_ENV: 'production', APP_SECRET: '0123456789abcdef0123456789abcdef' });
    user = await app.make.user();
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const result = await app.as(user).runUntypedDocument('{ __schema { types { name } } }');
    expect(result).toHaveErrorCode('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions', async () => {
    const result = await app.as(user).runUntypedDocument('{ space { nam } }');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('marks the session cookie Secure', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: print(SignInForCookie), variables: { input: { email: user.email, password: TEST_PASSWORD } } });
    expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
  });
});
