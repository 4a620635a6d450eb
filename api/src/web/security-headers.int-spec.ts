import request from 'supertest';

import { TestApp } from '../../../test/support/test-app';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;" +
  "connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

describe('security headers (helmet)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it.each(['/graphql', '/health', '/some/page'])('sends the same-origin policy and the hardening headers on %s', async (path) => {
    const response =
      path === '/graphql'
        ? await request(app.http).post(path).set('Content-Type', 'application/json').send({ query: '{ __typename }' })
        : await request(app.http).get(path);
    expect(response.headers['content-security-policy']).toBe(CSP);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('leaves HSTS out of development, where the server may be plain http', async () => {
    const response = await request(app.http).get('/health');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('security headers in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ NODE_ENV: 'production', APP_SECRET: '0123456789abcdef0123456789abcdef' });
  });
  afterAll(() => app.close());

  it('tells browsers to use HTTPS only (HSTS, a year)', async () => {
    const response = await request(app.http).get('/health');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
