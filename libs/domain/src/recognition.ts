import type { InitiativeStatus } from './initiatives';
import type { SpaceKind } from './spaces';

/** Limits of awards and challenges (docs/api.md#operations), shared by the API's validation and the web forms. */
export const AWARD_LIMITS = {
  nameMin: 2,
  nameMax: 80,
  descriptionMax: 1000,
  citationMin: 10,
  citationMax: 1000,
  revokeReasonMax: 1000,
} as const;

export const CHALLENGE_LIMITS = {
  titleMin: 5,
  titleMax: 140,
  briefMin: 1,
  briefMax: 5000,
} as const;

export const RATING_LIMITS = { starsMin: 1, starsMax: 5, commentMax: 1000 } as const;

/** Co-design ratings (docs/api.md#initiatives-and-their-life) are for prototypes and products: these statuses only… */
export const RATABLE_STATUSES: readonly InitiativeStatus[] = ['IN_PROGRESS', 'IMPLEMENTED'];

/** …of initiatives in community spaces, where customers co-design. */
export const isRatable = (spaceKind: SpaceKind, status: InitiativeStatus): boolean =>
  spaceKind === 'COMMUNITY' && RATABLE_STATUSES.includes(status);
