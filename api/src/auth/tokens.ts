import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';

/** 256 random bits, URL-safe: unguessable, and only its hash is ever stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export const SESSION_COOKIE = 'rc_session';
export const SESSION_TTL_DAYS = 30;

/** `Authorization: Bearer` wins over the cookie, so API clients never act as a browser session. */
export function tokenFrom(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1];
  }
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE];
}

/** On a WebSocket: `connectionParams.authorization` ("Bearer …") or the session cookie of the upgrade request. */
export function tokenFromConnection(
  connectionParams: Record<string, unknown> | undefined,
  request: IncomingMessage | undefined,
): string | undefined {
  const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
  if (typeof authorization === 'string') return /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  const cookie = request?.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
  return cookie ? decodeURIComponent(cookie) : undefined;
}
