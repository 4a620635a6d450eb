import type { Vars } from '../../i18n/translate';

const DAY = 24 * 3600 * 1000;

/** Whole days past the due date (0 on the day it fell due); negative while not yet due. */
export function daysLate(responseDueAt: string, now: Date = new Date()): number {
  const late = now.getTime() - new Date(responseDueAt).getTime();
  return late >= 0 ? Math.floor(late / DAY) : -Math.ceil(-late / DAY);
}

/** "3 days late", "due today (late by hours)", "due in 2 days": how the queue words a deadline. */
export function lateness(
  responseDueAt: string,
  now: Date = new Date(),
): { key: 'awaiting.dueIn' | 'awaiting.lateToday' | 'awaiting.late'; vars?: Vars } {
  const late = now.getTime() - new Date(responseDueAt).getTime();
  if (late < 0) return { key: 'awaiting.dueIn', vars: { count: Math.ceil(-late / DAY) } };
  const days = Math.floor(late / DAY);
  if (days === 0) return { key: 'awaiting.lateToday' };
  return { key: 'awaiting.late', vars: { count: days } };
}
