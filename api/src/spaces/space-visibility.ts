import { isManager } from '@red-chair/domain';

import type { Viewer } from '../common/viewer';

/**
 * The SQL form of `canSeeSpace` (libs/domain/src/spaces.ts): a boolean expression over a `spaces`
 * row aliased `alias`, with the viewer's id as the named parameter `:viewerId`. Every query that
 * returns something living in a space joins its space and applies this, so hidden objects are
 * absent from lists and counts. `space-visibility.int-spec.ts` checks it against `canSeeSpace`.
 */
export function visibleSpaceSql(alias: string, viewer: Pick<Viewer, 'id' | 'role'>): string {
  const isMember = `EXISTS (SELECT 1 FROM space_members vm WHERE vm.space_id = ${alias}.id AND vm.user_id = :viewerId)`;
  if (isManager(viewer.role)) return 'TRUE';
  if (viewer.role === 'EMPLOYEE') return `(${alias}.kind = 'COMMUNITY' OR ${alias}.access = 'OPEN' OR ${isMember})`;
  return `(${alias}.kind = 'COMMUNITY' AND (${alias}.access = 'OPEN' OR ${isMember}))`;
}

/** Same rule with positional parameters, for raw SQL: `$n` is the viewer's id. */
export function visibleSpaceSqlPositional(alias: string, viewer: Pick<Viewer, 'id' | 'role'>, viewerParam: number): string {
  // Managers see everything, but the parameter is still referenced so PostgreSQL knows its type.
  if (isManager(viewer.role)) return `($${viewerParam}::uuid IS NOT NULL)`;
  return visibleSpaceSql(alias, viewer).replace(/:viewerId/g, `$${viewerParam}`);
}

/**
 * `canSeeSpace` for any person, not just the viewer: a boolean over a `spaces` row `space` and a
 * `users` row `user`. Used to notify only people who may see what they are told about.
 */
export function personCanSeeSpaceSql(space: string, user: string): string {
  const isMember = `EXISTS (SELECT 1 FROM space_members pm WHERE pm.space_id = ${space}.id AND pm.user_id = ${user}.id)`;
  return `(${user}.role IN ('MANAGER', 'ADMIN')
    OR (${user}.role = 'EMPLOYEE' AND (${space}.kind = 'COMMUNITY' OR ${space}.access = 'OPEN' OR ${isMember}))
    OR (${user}.role = 'CUSTOMER' AND ${space}.kind = 'COMMUNITY' AND (${space}.access = 'OPEN' OR ${isMember})))`;
}
