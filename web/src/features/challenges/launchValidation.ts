import { CHALLENGE_LIMITS } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

export type LaunchField = 'title' | 'brief' | 'opensAt' | 'closesAt';

export interface LaunchValues {
  title: string;
  brief: string;
  /** As a `datetime-local` input gives it: "2026-12-01T09:00", in local time. */
  opensAt: string;
  closesAt: string;
}

/** "2026-12-01T09:00" (local) → a Date, or null when empty or not a date. */
export function parseLocal(value: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A Date → the `datetime-local` value for it, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The API's rules before sending: title 5–140, brief 1–5000, both dates, closing after opening and in the future. */
export function validateLaunch(values: LaunchValues, now: Date = new Date()): Issues<LaunchField> {
  const issues: Issues<LaunchField> = {};
  const L = CHALLENGE_LIMITS;
  const title = values.title.trim();
  if (!title) issues.title = { key: 'validation.required' };
  else if (title.length < L.titleMin || title.length > L.titleMax)
    issues.title = { key: 'validation.lengthBetween', vars: { min: L.titleMin, max: L.titleMax } };
  const brief = values.brief.trim();
  if (brief.length < L.briefMin) issues.brief = { key: 'validation.required' };
  else if (brief.length > L.briefMax) issues.brief = { key: 'validation.maxLength', vars: { max: L.briefMax } };
  const opens = parseLocal(values.opensAt);
  const closes = parseLocal(values.closesAt);
  if (!opens) issues.opensAt = { key: 'launch.dateRequired' };
  if (!closes) issues.closesAt = { key: 'launch.dateRequired' };
  else if (opens && closes.getTime() <= opens.getTime()) issues.closesAt = { key: 'launch.closesAfter' };
  else if (closes.getTime() <= now.getTime()) issues.closesAt = { key: 'launch.closesFuture' };
  return issues;
}
