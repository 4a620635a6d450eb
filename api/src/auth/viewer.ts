import type { Locale, Role } from '@red-chair/domain';
import { isAdmin, isManager } from '@red-chair/domain';
import { ForbiddenError } from '../common/errors';

/** The signed-in person a request acts for. */
export interface Viewer {
  id: string;
  role: Role;
  displayName: string;
  locale: Locale;
  sessionId: string;
}

export function requireManager(viewer: Viewer): void {
  if (!isManager(viewer.role)) throw new ForbiddenError('Only managers and admins can do this.');
}

export function requireAdmin(viewer: Viewer): void {
  if (!isAdmin(viewer.role)) throw new ForbiddenError('Only admins can do this.');
}
