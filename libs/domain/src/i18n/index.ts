import type { Locale } from '../users';
import * as en from './en';
import * as fr from './fr';

export type { NotificationTexts, StatusLabels } from './en';

/** Status labels per language, shared by the web app's dictionary and the API's notifications. */
export const STATUS_LABELS: Record<Locale, en.StatusLabels> = { en: en.statusLabels, fr: fr.statusLabels };

/** Notification sentences per language; `{name}` placeholders are filled with `fillIn`. */
export const NOTIFICATION_TEXTS: Record<Locale, en.NotificationTexts> = { en: en.notificationTexts, fr: fr.notificationTexts };

/** Replaces each `{name}` with its value (numbers as written); names without a value stay as they are. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
