import { Client } from 'pg';
import request from 'supertest';

import { graphql } from '../../../test/support/gql';
import { TestApp } from '../../../test/support/test-app';

const AnonymousSpaces = graphql(`
  query AnonymousSpaces {
    spaces {
      id
    }
  }
`);

describe('GET /health', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const response = await request(app.http).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers at once while every connection of the pool is busy', async () => {
    // More slow statements than the pool has connections: new queries queue behind them.
    const storm = Array.from({ length: 25 }, () => app.db.query('SELECT pg_sleep(2)'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const [live, ready] = await Promise.all([request(app.http).get('/health'), request(app.http).get('/health/ready')]);
    expect([live.status, ready.status]).toEqual([200, 200]);
    expect(Date.now() - started).toBeLessThan(1000);
    await Promise.all(storm);
  });

  it('answers anonymous GraphQL calls with UNAUTHENTICATED', async () => {
    await expect(app.as().send(AnonymousSpaces)).rejects.toHaveErrorCode('UNAUTHENTICATED');
  });
});

describe('while the database is away', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, and recovers by itself', async () => {
    const person = await app.make.user();
    const [{ name }] = (await app.db.query('SELECT current_database() AS name')) as { name: string }[];
    const admin = new Client({ connectionString: process.env.RED_CHAIR_TEST_ADMIN_URL });
    await admin.connect();
    try {
      // No new connection to this database, and the open ones cut, as when PostgreSQL restarts.
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      const down = await app.as(person).run(AnonymousSpaces);
      expect(down).toHaveErrorCode('SERVICE_UNAVAILABLE');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect((await request(app.http).get('/health')).status).toBe(503);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const back = await app.as(person).run(AnonymousSpaces);
    expect(back.errors).toBeUndefined();
    expect((await request(app.http).get('/health')).status).toBe(200);
  });
});
