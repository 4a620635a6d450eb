import { INITIATIVE_STATUSES, type InitiativeStatus, type Role } from '@red-chair/domain';

export interface Series {
  labels: string[];
  values: number[];
}

/** The funnel in the life order of an initiative (every status, zeros included), whatever order the API sends. */
export function statusFunnel(
  rows: readonly { status: InitiativeStatus; count: number }[],
  label: (status: InitiativeStatus) => string,
): Series {
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  const order = INITIATIVE_STATUSES.filter((status) => status !== 'MERGED' || (counts.get('MERGED') ?? 0) > 0);
  return { labels: order.map(label), values: order.map((status) => counts.get(status) ?? 0) };
}

const ROLE_ORDER: readonly Role[] = ['CUSTOMER', 'EMPLOYEE', 'MANAGER', 'ADMIN'];

/** Contributors by role, customers first: roles without anyone are left out. */
export function participation(rows: readonly { role: Role; count: number }[], label: (role: Role) => string): Series {
  const counts = new Map(rows.map((row) => [row.role, row.count]));
  const roles = ROLE_ORDER.filter((role) => (counts.get(role) ?? 0) > 0);
  return { labels: roles.map(label), values: roles.map((role) => counts.get(role) ?? 0) };
}

export interface MonthWindow {
  /** First instant of the month, UTC. */
  from: string;
  /** First instant of the next month (or now, for the current month). */
  to: string;
  /** YYYY-MM */
  month: string;
}

/** The last `count` calendar months (UTC), oldest first, the current one included: a constant number of queries. */
export function monthlyWindows(count: number, now: Date = new Date()): MonthWindow[] {
  const windows: MonthWindow[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    windows.push({
      from: start.toISOString(),
      to: (back === 0 ? startOfHour(now) : end).toISOString(),
      month: start.toISOString().slice(0, 7),
    });
  }
  return windows;
}

/** Rounded down to the hour so the current month's window (and its cached query) holds for an hour. */
const startOfHour = (now: Date) => new Date(Math.floor(now.getTime() / 3600000) * 3600000);

/** The trend: one point per month, null (a gap, not a zero) where nothing was answered. */
export function responseTrend(
  windows: readonly MonthWindow[],
  medians: readonly (number | null | undefined)[],
  monthLabel: (month: string) => string,
) {
  return {
    labels: windows.map((window) => monthLabel(window.month)),
    values: windows.map((_, index) => {
      const value = medians[index];
      return value === null || value === undefined ? null : Math.round(value * 10) / 10;
    }),
  };
}
