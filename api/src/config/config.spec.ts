import { ConfigError, DEVELOPMENT_APP_SECRET, loadConfig } from './config';

const SECRET = '0123456789abcdef0123456789abcdef';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
  });

  it('turns demo data off by default when a database is given', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test', DEMO_DATA: '1' }).demoData).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT=abc is not a port number/],
    [{ PORT: '70000' }, /PORT=70000/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /must start with postgres/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA=maybe/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.co' }, /both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD/],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.co', BOOTSTRAP_ADMIN_PASSWORD: 'short' }, /too short/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses demo data in production unless asked for twice, and leaves it off there by default', () => {
    const production = { NODE_ENV: 'production', APP_SECRET: SECRET };
    expect(() => loadConfig({ ...production, DEMO_DATA: '1' })).toThrow(/DEMO_DATA_IN_PRODUCTION=1/);
    expect(loadConfig({ ...production, DEMO_DATA: '1', DEMO_DATA_IN_PRODUCTION: '1' }).demoData).toBe(true);
    expect(loadConfig(production).demoData).toBe(false);
  });

  it('requires APP_SECRET in production, long enough, and has a development default elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET is required/);
    expect(() => loadConfig({ APP_SECRET: 'short' })).toThrow(/APP_SECRET is too short/);
    expect(loadConfig({}).appSecret).toBe(DEVELOPMENT_APP_SECRET);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET }).appSecret).toBe(SECRET);
  });

  it('reads the mail settings and refuses a wrong SMTP_URL or PUBLIC_URL', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://ideas.example.com/', SMTP_URL: 'smtp://user:secret@mail.example.com:587' });
    expect(config.publicUrl).toBe('https://ideas.example.com');
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtp://user:secret@mail.example.com:587',
      from: 'Red Chair <no-reply@ideas.example.com>',
    });
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({}).mail.smtpUrl).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/smtp:\/\//);
    expect(() => loadConfig({ PUBLIC_URL: 'ideas.example.com' })).toThrow(/PUBLIC_URL/);
  });
});
