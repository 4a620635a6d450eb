import type { InitiativeStatus } from '@red-chair/domain';

export const STARS = [1, 2, 3, 4, 5] as const;
export const RATING_COMMENT_MAX = 1000;

/** Co-design: only in community spaces, on prototypes and products (IN_PROGRESS, IMPLEMENTED). */
export const isRatable = (spaceKind: string, status: InitiativeStatus): boolean =>
  spaceKind === 'COMMUNITY' && (status === 'IN_PROGRESS' || status === 'IMPLEMENTED');

/** "3.4" / "3,4": one decimal, in the person's locale. */
export const formatAverage = (average: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
