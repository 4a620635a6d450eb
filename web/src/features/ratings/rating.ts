import { RATING_LIMITS } from '@red-chair/domain';

import { numberFormat } from '../../i18n/intl';

/** 1 to 5, from the domain's limits (the API refuses anything else). */
export const STARS: readonly number[] = Array.from(
  { length: RATING_LIMITS.starsMax - RATING_LIMITS.starsMin + 1 },
  (_, index) => RATING_LIMITS.starsMin + index,
);
export const RATING_COMMENT_MAX = RATING_LIMITS.commentMax;

/** "3.4" / "3,4": one decimal, in the person's locale. */
export const formatAverage = (average: number, locale: string): string =>
  numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
