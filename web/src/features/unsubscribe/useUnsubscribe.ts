/** What `POST /unsubscribe/:token` answered. */
export type UnsubscribeOutcome = 'UNSUBSCRIBED' | 'INVALID' | 'EXPIRED' | 'FAILED';

/**
 * The one-click unsubscribe of notification mail (RFC 8058): a plain POST with no session, the same
 * request mail clients send, so the page works signed in or not.
 */
export async function unsubscribe(token: string): Promise<UnsubscribeOutcome> {
  try {
    const response = await fetch(`/unsubscribe/${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      credentials: 'omit',
    });
    if (response.ok) return 'UNSUBSCRIBED';
    if (response.status === 410) return 'EXPIRED';
    if (response.status === 400) return 'INVALID';
    return 'FAILED';
  } catch {
    return 'FAILED';
  }
}

/** Whether a token even looks like one the server makes, so a cut link is told at once. */
export const looksLikeToken = (token: string): boolean => /^[0-9a-f-]{36}\.\d{1,9}\.[A-Za-z0-9_-]{43}$/.test(token);
