/** The periods the red chair offers: the last week (a weekly meeting), the last month, or dates chosen. */
export const VOICE_PERIODS = ['7d', '30d', 'custom'] as const;
export type VoicePeriod = (typeof VOICE_PERIODS)[number];

export const isVoicePeriod = (value: unknown): value is VoicePeriod => VOICE_PERIODS.includes(value as VoicePeriod);

const DAY = 24 * 3600 * 1000;
/** The API refuses longer periods (BAD_USER_INPUT): the form says so first. */
export const MAX_DAYS = 366;

export type VoiceRange =
  | { ok: true; from: string | null; to: string | null }
  | { ok: false; problem: 'voice.periodInvalid' | 'voice.periodTooLong' | 'voice.periodMissing' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The bounds to ask the API for. The last 7 days are the API's default (no bounds, so the cached query
 * stays the same all day); 30 days start at the beginning of a UTC day for the same reason. Custom
 * dates are whole UTC days, the last one included.
 */
export function voiceRange(period: VoicePeriod, custom: { from: string; to: string }, now: Date = new Date()): VoiceRange {
  if (period === '7d') return { ok: true, from: null, to: null };
  if (period === '30d') {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 30 * DAY;
    return { ok: true, from: new Date(start).toISOString(), to: null };
  }
  if (!DATE.test(custom.from) || !DATE.test(custom.to) || Number.isNaN(dayStart(custom.from)) || Number.isNaN(dayStart(custom.to)))
    return { ok: false, problem: 'voice.periodMissing' };
  const from = dayStart(custom.from);
  const to = dayStart(custom.to) + DAY;
  if (to <= from) return { ok: false, problem: 'voice.periodInvalid' };
  if (to - from > MAX_DAYS * DAY) return { ok: false, problem: 'voice.periodTooLong' };
  return { ok: true, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** `YYYY-MM-DD` of a moment, in UTC (what date inputs hold). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Whole days past a due date (0 on the day it fell due). */
export function daysPast(dueAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(dueAt)) / DAY));
}
