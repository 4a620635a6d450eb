/**
 * Where to go after signing in: only a path of this app (`/…`), never another site (`//evil`,
 * `https://…`, `/\evil`) and never back to the auth pages themselves.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (/^\/(sign-in|sign-up)(?:[/?#]|$)/.test(raw)) return '/';
  return raw;
}

/** `/sign-in?next=/s/community?status=SELECTED` for the place the person wanted to reach. */
export function signInPath(next: string): string {
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}

export interface AuthLocationState {
  /** Set by sign-out: the sign-in page stays put even if the old session is still in memory for a moment. */
  signedOut?: boolean;
}
