import type { Role } from './roles';

export const SPACE_KINDS = ['INTERNAL', 'COMMUNITY'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const SPACE_ACCESSES = ['OPEN', 'INVITE_ONLY'] as const;
export type SpaceAccess = (typeof SPACE_ACCESSES)[number];

export interface SpaceShape {
  kind: SpaceKind;
  access: SpaceAccess;
}

/**
 * Who sees a space (docs/api.md#visibility). This is THE visibility rule: everything living in a space
 * (initiatives, comments, votes, awards, counts…) is visible exactly when its space is.
 * The API's SQL predicate (`api/src/spaces/space-visibility.sql.ts`) is tested against this function.
 *
 * | who               | INTERNAL OPEN | INTERNAL INVITE_ONLY | COMMUNITY OPEN | COMMUNITY INVITE_ONLY |
 * | CUSTOMER          | never         | never                | yes            | members only          |
 * | EMPLOYEE          | yes           | members only         | yes            | yes                   |
 * | MANAGER, ADMIN    | yes           | yes                  | yes            | yes                   |
 */
export function canSeeSpace(role: Role, space: SpaceShape, isMember: boolean): boolean {
  switch (role) {
    case 'MANAGER':
    case 'ADMIN':
      return true;
    case 'EMPLOYEE':
      return space.kind === 'COMMUNITY' || space.access === 'OPEN' || isMember;
    case 'CUSTOMER':
      return space.kind === 'COMMUNITY' && (space.access === 'OPEN' || isMember);
  }
}

export const SPACE_LIMITS = {
  nameMin: 2,
  nameMax: 80,
  slugMin: 2,
  slugMax: 60,
  /** Lower-case words joined by single hyphens: readable in a URL, unique per space. */
  slugPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  descriptionMax: 2000,
  responseSlaDaysMin: 0,
  responseSlaDaysMax: 365,
  responseSlaDaysDefault: 14,
  reviewBelowAverageMin: 1,
  reviewBelowAverageMax: 5,
  reviewBelowAverageDefault: 3,
  reviewMinRatingsMin: 1,
  reviewMinRatingsMax: 100000,
  reviewMinRatingsDefault: 25,
} as const;
