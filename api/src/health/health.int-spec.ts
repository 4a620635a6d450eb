import request from 'supertest';
import { TestApp } from '../../../test/support/test-app';

describe('GET /health', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const response = await request(app.http).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers anonymous GraphQL calls with UNAUTHENTICATED', async () => {
    expect(await app.code('{ spaces { id } }')).toBe('UNAUTHENTICATED');
  });
});
