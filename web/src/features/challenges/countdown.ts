import type { TranslateOf } from '../../i18n/words';
import type challengeWords from './words';

type Translate = TranslateOf<typeof challengeWords>;

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Time left until `target`, never negative, split into whole days, hours, minutes and seconds. */
export function countdownParts(target: string | Date, now: Date = new Date()): CountdownParts {
  const ms = Math.max(0, new Date(target).getTime() - now.getTime());
  const total = Math.floor(ms / 1000);
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The ticking clock: "3 d 04 h 05 min 09 s" (seconds only when `withSeconds`, i.e. not with reduced
 * motion). Leading zero units are dropped: "04 min 09 s".
 */
export function formatCountdown(parts: CountdownParts, t: Translate, withSeconds = true): string {
  const units: string[] = [];
  if (parts.days) units.push(t('countdown.days', { value: parts.days }));
  if (parts.days || parts.hours) units.push(t('countdown.hours', { value: units.length ? pad(parts.hours) : String(parts.hours) }));
  units.push(t('countdown.minutes', { value: units.length ? pad(parts.minutes) : String(parts.minutes) }));
  if (withSeconds) units.push(t('countdown.seconds', { value: pad(parts.seconds) }));
  return units.join(' ');
}

/**
 * What a screen reader gets: one coarse phrase ("3 days", "5 hours", "12 minutes") that changes
 * rarely, instead of a clock that would be announced every second.
 */
export function coarseRemaining(parts: CountdownParts, t: Translate): string {
  if (parts.days >= 1) return t('countdown.coarse.days', { count: parts.days });
  if (parts.hours >= 1) return t('countdown.coarse.hours', { count: parts.hours });
  return t('countdown.coarse.minutes', { count: Math.max(1, parts.minutes + (parts.seconds > 0 ? 1 : 0)) });
}
