import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: unguessable, and only its hash is ever stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export const SESSION_COOKIE = 'rc_session';
export const SESSION_TTL_DAYS = 30;
