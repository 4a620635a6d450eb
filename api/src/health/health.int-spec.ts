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
