import type { Response } from 'express';

import { SESSION_COOKIE } from './tokens';

/** The session cookie, set the same way by every sign-in (password, reset link, single sign-on). */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, production: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: production, path: '/', expires: expiresAt });
}

export function clearSessionCookie(res: Response, production: boolean): void {
  res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: production });
}
