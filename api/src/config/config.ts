import { isIP } from 'node:net';
import { resolve } from 'node:path';

import { LOCALES, USER_LIMITS, type Locale } from '@red-chair/domain';

export interface MailConfig {
  /** SMTP_URL; unset, mail stays in the outbox as NOT_SENT and nothing leaves the machine. */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the sender of every mail. */
  from: string;
  /** Deliveries of one message at most, before it is FAILED. */
  maxAttempts: number;
  /** Seconds before the first retry; each next one waits about twice as long (pg-boss backoff). */
  retryDelaySeconds: number;
  /**
   * How long a worker holds a message it is sending. A worker that dies holding one lets it go when
   * this ends, and its job expires at the same time, so another worker sends it: never two at once.
   */
  leaseSeconds: number;
}

export interface JobsConfig {
  /** How often an idle worker looks for jobs that other instances queued (its own are started at once). */
  pollingIntervalSeconds: number;
  /** How often pg-boss retries expired jobs and cleans old ones. */
  maintenanceIntervalSeconds: number;
  /** At shutdown, how long running jobs may take to finish. */
  stopTimeoutSeconds: number;
}

/** Single sign-on through the company's OpenID Connect provider (DESIGN.md §9); absent when OIDC_ISSUER is unset. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** OIDC_NAME: the label of the sign-in button, e.g. "Acme SSO". */
  name: string;
  /** OIDC_EMPLOYEE_DOMAINS: people whose email is at one of these domains are created as EMPLOYEE, others as CUSTOMER. */
  employeeDomains: string[];
  /** OIDC_ONLY: password sign-in, sign-up and reset are off (the bootstrap admin keeps a password, so nobody is locked out). */
  only: boolean;
}

/** A configuration mistake the operator must fix; main prints its message as one line and exits 1. */
export class ConfigError extends Error {}

export interface AppConfig {
  port: number;
  /** The address to listen on; 0.0.0.0 (every interface) unless HOST says otherwise. */
  host: string;
  /** Set when the operator gave one; otherwise the embedded server is started. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  embeddedPort: number;
  demoData: boolean;
  bootstrapAdmin: { email: string; password: string } | undefined;
  redisUrl: string | undefined;
  /**
   * TRUST_PROXY: which proxies' X-Forwarded-For to believe, as Express's `trust proxy` takes it — a hop count, or
   * addresses and CIDRs. Unset, the header is ignored: anyone could write it.
   */
  trustProxy: number | string[] | false;
  /** Namespaces the rate-limit counters (tests give each app its own). */
  rateLimitPrefix: string;
  /** The absolute base of links in mail (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Origins besides PUBLIC_URL's whose pages may open a WebSocket with the session cookie (ALLOWED_ORIGINS). */
  allowedOrigins: string[];
  /** How often open sockets are checked against their sessions (signed out, deactivated, role changed). */
  liveSessionCheckMs: number;
  mail: MailConfig;
  jobs: JobsConfig;
  oidc: OidcConfig | undefined;
  production: boolean;
  logLevel: string;
  webDistDir: string;
  defaultLocale: Locale;
  /** How often the challenge-opening job runs; 0 turns it off (tests drive it themselves). */
  challengeTickMs: number;
  /** APP_SECRET: signs links that work without a session (unsubscribe); required in production. */
  appSecret: string;
  /** How often the notification mailer sweeps (INSTANT) and looks for digests due; 0 turns it off (tests drive it). */
  notificationMailTickMs: number;
}

/** Development only: in production APP_SECRET must be set, or anyone could sign links. */
export const DEVELOPMENT_APP_SECRET = 'red-chair-development-secret-never-use-in-production';

function parseAppSecret(raw: string | undefined, production: boolean): string {
  const secret = raw?.trim();
  if (!secret) {
    if (production)
      throw new ConfigError(
        'APP_SECRET is required with NODE_ENV=production: set it to 32 or more random characters, e.g. `openssl rand -hex 32`.',
      );
    return DEVELOPMENT_APP_SECRET;
  }
  if (secret.length < 32) throw new ConfigError('APP_SECRET is too short: use 32 or more random characters, e.g. `openssl rand -hex 32`.');
  return secret;
}

/** Project root: api/dist/api/src/config → five levels up when built, api/src/config → three in source. */
export function projectRoot(): string {
  const fromEnv = process.env.RED_CHAIR_ROOT;
  if (fromEnv) return resolve(fromEnv);
  return __dirname.includes(`${'/dist/'}`) ? resolve(__dirname, '../../../../..') : resolve(__dirname, '../../..');
}

function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(`${name}=${raw} is not a port number: use a whole number from 1 to 65535, e.g. ${name}=${fallback}.`);
  }
  return Number(raw);
}

function parseWholeNumber(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}=${raw} is not a whole number of milliseconds, e.g. ${name}=${fallback}.`);
  return Number(raw);
}

function parseFlag(raw: string | undefined, name: string, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new ConfigError(`${name}=${raw} is not understood: use ${name}=1 or ${name}=0.`);
}

function parsePublicUrl(raw: string | undefined, port: number): string {
  if (raw === undefined || raw.trim() === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`PUBLIC_URL=${raw} is not a URL: give the address people open, e.g. PUBLIC_URL=https://ideas.example.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`PUBLIC_URL must start with http:// or https:// (got ${url.protocol}//).`);
  return url.href.replace(/\/+$/, '');
}

function parseOrigins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    try {
      return new URL(entry.trim()).origin;
    } catch {
      throw new ConfigError(
        `ALLOWED_ORIGINS holds ${entry.trim()}, which is not an origin: list them like https://ideas.example.com,http://localhost:5173.`,
      );
    }
  });
}

function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError('SMTP_URL is not a URL: expected smtp://user:password@host:587 or smtps://user:password@host:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol}//): expected smtp://user:password@host:587.`);
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL needs a host: expected smtp://user:password@host:587.');
  return raw.trim();
}

function parseOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  const only = parseFlag(env.OIDC_ONLY, 'OIDC_ONLY', false);
  if (!issuer) {
    if (only) throw new ConfigError('OIDC_ONLY=1 needs single sign-on: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.');
    return undefined;
  }
  try {
    const url = new URL(issuer);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`OIDC_ISSUER=${issuer} is not a URL: give the provider's issuer, e.g. OIDC_ISSUER=https://login.example.com.`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) throw new ConfigError('OIDC_ISSUER is set: set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too.');
  const employeeDomains = (env.OIDC_EMPLOYEE_DOMAINS ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  for (const domain of employeeDomains) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
      throw new ConfigError(`OIDC_EMPLOYEE_DOMAINS holds ${domain}, which is not a domain: list them like acme.com,acme.fr.`);
    }
  }
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'single sign-on', employeeDomains, only };
}

function parseTrustProxy(raw: string | undefined): number | string[] | false {
  if (raw === undefined || raw.trim() === '' || raw.trim() === '0' || raw.trim() === 'false') return false;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 4 ? 32 : 128;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || rest.length > 0) {
      throw new ConfigError(
        `TRUST_PROXY holds ${entry}, which is neither an address nor a CIDR: give a hop count (TRUST_PROXY=1) or a list (TRUST_PROXY=10.0.0.0/8,192.168.1.7).`,
      );
    }
  }
  return entries;
}

export function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL: expected postgres://user:password@host:5432/database, or unset it to use the embedded database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// (got ${url.protocol}//): expected postgres://user:password@host:5432/database.`,
    );
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL needs a host and a database name: expected postgres://user:password@host:5432/database.');
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = projectRoot();
  const databaseUrl = env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : undefined;
  const adminEmail = env.BOOTSTRAP_ADMIN_EMAIL?.trim();
  const adminPassword = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('Set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither.');
  }
  if (adminPassword !== undefined && adminPassword.length < USER_LIMITS.passwordMin) {
    throw new ConfigError(`BOOTSTRAP_ADMIN_PASSWORD is too short: use at least ${USER_LIMITS.passwordMin} characters.`);
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError(`BOOTSTRAP_ADMIN_EMAIL=${adminEmail} is not an email address.`);
  }
  const locale = (env.DEFAULT_LOCALE ?? 'en') as Locale;
  if (!LOCALES.includes(locale)) throw new ConfigError(`DEFAULT_LOCALE must be one of ${LOCALES.join(', ')}.`);
  const demoData = parseFlag(env.DEMO_DATA, 'DEMO_DATA', databaseUrl === undefined && env.NODE_ENV !== 'production');
  if (demoData && env.NODE_ENV === 'production' && !parseFlag(env.DEMO_DATA_IN_PRODUCTION, 'DEMO_DATA_IN_PRODUCTION', false)) {
    throw new ConfigError(
      'DEMO_DATA=1 with NODE_ENV=production would create demo accounts whose password is in the README: unset DEMO_DATA, or set DEMO_DATA_IN_PRODUCTION=1 for a public demo.',
    );
  }
  const port = parsePort(env.PORT, 'PORT', 3000);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, port);
  const smtpUrl = parseSmtpUrl(env.SMTP_URL);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    embeddedDataDir: resolve(root, env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    embeddedPort: parsePort(env.EMBEDDED_PG_PORT, 'EMBEDDED_PG_PORT', 5433),
    demoData,
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    redisUrl: env.REDIS_URL || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimitPrefix: 'red-chair',
    publicUrl,
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    liveSessionCheckMs: 1000,
    mail: {
      smtpUrl,
      from: env.MAIL_FROM?.trim() || `Red Chair <no-reply@${new URL(publicUrl).hostname}>`,
      maxAttempts: 8,
      retryDelaySeconds: 30,
      leaseSeconds: 120,
    },
    jobs: { pollingIntervalSeconds: 2, maintenanceIntervalSeconds: 60, stopTimeoutSeconds: 10 },
    oidc: parseOidc(env),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'warn',
    webDistDir: resolve(root, 'web/dist'),
    defaultLocale: locale,
    challengeTickMs: parseWholeNumber(env.CHALLENGE_TICK_MS, 'CHALLENGE_TICK_MS', 30_000),
    appSecret: parseAppSecret(env.APP_SECRET, env.NODE_ENV === 'production'),
    notificationMailTickMs: parseWholeNumber(env.NOTIFICATION_MAIL_TICK_MS, 'NOTIFICATION_MAIL_TICK_MS', 60_000),
  };
}
