import { SetMetadata } from '@nestjs/common';

import type { Role } from '@red-chair/domain';

export const ROLES = 'redChair:roles';

/**
 * The roles that may call an operation or a route, checked by AuthGuard before any argument is
 * read. Rules that depend on data (the author of this idea, the granter of this award) stay in
 * the services.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES, roles);

const PLURALS: Record<Role, string> = { EMPLOYEE: 'employees', CUSTOMER: 'customers', MANAGER: 'managers', ADMIN: 'admins' };

/** "Only managers and admins can do this." */
export function rolesRefusal(roles: readonly Role[]): string {
  const names = roles.map((role) => PLURALS[role]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return `Only ${list} can do this.`;
}
