import type { Locale } from '@red-chair/domain';

import { dateTimeFormat, relativeTimeFormat } from './intl';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / « il y a 3 jours »; under a minute is "now" / « maintenant ». */
export function formatRelative(iso: string, locale: Locale, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = relativeTimeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** "23 November 2026" / « 23 novembre 2026 ». */
export function formatDate(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
