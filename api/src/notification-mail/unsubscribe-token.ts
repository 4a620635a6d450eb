import { createHmac, timingSafeEqual } from 'node:crypto';

import { isUuid } from '../common/ids';

/** What an unsubscribe link names: the person and the version of their mail choice it was made for. */
export interface UnsubscribeClaim {
  userId: string;
  version: number;
}

const PURPOSE = 'unsubscribe.v1';

const signature = (secret: string, claim: UnsubscribeClaim): Buffer =>
  createHmac('sha256', secret).update(`${PURPOSE}:${claim.userId}:${claim.version}`).digest();

/**
 * `<userId>.<version>.<HMAC-SHA256 in base64url>`, signed with APP_SECRET: only the server makes one,
 * and changing the person or the version breaks the signature. URL-safe as it is.
 */
export function signUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.version}.${signature(secret, claim).toString('base64url')}`;
}

/** The claim of a token the server signed; null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  if (token.length > 200) return null;
  const match = /^([0-9a-f-]{36})\.(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !isUuid(match[1])) return null;
  const claim = { userId: match[1], version: Number(match[2]) };
  const given = Buffer.from(match[3], 'base64url');
  const expected = signature(secret, claim);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claim : null;
}
