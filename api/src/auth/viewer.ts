import type { Role } from '@red-chair/domain';
import { isAdmin, isManager } from '@red-chair/domain';
import { ForbiddenError } from '../common/errors';

/** The signed-in person a request acts for. */
export interface Viewer {
  id: string;
  role: Role;
  displayName: string;
  sessionId: string;
}

export function requireManager(viewer: Viewer): void {
  if (!isManager(viewer.role)) throw new ForbiddenError('Only managers and admins can do this.');
}

export function requireAdmin(viewer: Viewer): void {
  if (!isAdmin(viewer.role)) throw new ForbiddenError('Only admins can do this.');
}
