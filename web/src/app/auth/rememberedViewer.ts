import type { Role } from '@red-chair/domain';

import type { Viewer } from './useViewer';

/** One key, versioned; it holds only what the header shows (no email, no token). */
const KEY = 'redchair:header-viewer:v1';
const ROLES: readonly Role[] = ['EMPLOYEE', 'CUSTOMER', 'MANAGER', 'ADMIN'];

type Remembered = Pick<Viewer, 'id' | 'displayName' | 'role' | 'locale'>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings): the header simply waits for `me`
  }
}

/**
 * The person last seen signed in on this device, so the header can show them while `me` loads or while
 * the API is away, instead of a "Sign in" link. A value that does not have the expected shape is ignored.
 */
export function readRememberedViewer(): Viewer | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Remembered> | null;
    if (
      !value ||
      typeof value.id !== 'string' ||
      typeof value.displayName !== 'string' ||
      !ROLES.includes(value.role as Role) ||
      typeof value.locale !== 'string'
    )
      return null;
    return { id: value.id, displayName: value.displayName, role: value.role as Role, locale: value.locale, email: null };
  } catch {
    return null;
  }
}

/** Remembers who is signed in, or forgets them once the API says nobody is (sign-out, expired session). */
export function rememberViewer(viewer: Viewer | null): void {
  try {
    if (viewer) {
      const value: Remembered = { id: viewer.id, displayName: viewer.displayName, role: viewer.role, locale: viewer.locale };
      storage()?.setItem(KEY, JSON.stringify(value));
    } else storage()?.removeItem(KEY);
  } catch {
    // Full or disabled storage: nothing to remember, nothing breaks.
  }
}
