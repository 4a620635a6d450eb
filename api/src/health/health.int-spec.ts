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

  it('answers anonymous GraphQL calls with UNAUTHENTICATED', async () => {
    await expect(app.as().send(AnonymousSpaces)).rejects.toHaveErrorCode('UNAUTHENTICATED');
  });
});
