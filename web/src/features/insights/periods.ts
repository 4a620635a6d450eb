/** The periods offered by the leaderboard and the insights dashboard; the default first. */
export const PERIODS = ['30d', 'quarter', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const DAYS: Record<Exclude<Period, 'all'>, number> = { '30d': 30, quarter: 91, year: 365 };

export const isPeriod = (value: unknown): value is Period => PERIODS.includes(value as Period);

/**
 * The window of a period, from the start of a UTC day so the value (and the cached query) stays the
 * same all day; `to` is open (now). "All time" has no bounds.
 */
export function periodRange(period: Period, now: Date = new Date()): { from: string | null; to: string | null } {
  if (period === 'all') return { from: null, to: null };
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DAYS[period] * 86400000;
  return { from: new Date(start).toISOString(), to: null };
}
