import { STATUS_LABELS, type Locale, type StatusLabels } from '@red-chair/domain';

import en from './en.json';
import fr from './fr.json';
import { numberFormat, pluralRules } from './intl';

/**
 * The English dictionary is the reference: every key is typed from it. Status labels, which the API
 * says too, come from the shared catalogue in `@red-chair/domain`; the web's own words from en.json.
 */
export type Dictionary = StatusLabels & typeof en;
export type MessageKey = keyof Dictionary;
/** Plural messages are objects keyed by `Intl.PluralRules` categories; `other` is required. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

// Typed against English: a key missing from French is a type error (the spec checks the reverse).
export const DICTIONARIES: Record<Locale, Dictionary> = { en: { ...STATUS_LABELS.en, ...en }, fr: { ...STATUS_LABELS.fr, ...fr } };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A count from 0 to 999 reads the same in both locales (Latin digits, nothing to group), so it skips
 * Intl.NumberFormat: the first one a page builds loads the locale's number data, some 45 ms of a feed's
 * first render on a laptop and four times that on a phone.
 */
function formatNumber(value: number, locale: Locale): string {
  return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numberFormat(locale).format(value);
}

/** Replaces `{name}` with its value; numbers are formatted for the locale; unknown names stay visible. */
export function interpolate(template: string, vars: Vars | undefined, locale: Locale): string {
  if (!vars) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Picks the plural form for `count` with the locale's rules (French: 0 and 1 are "one"). */
export function pluralForm(message: PluralMessage, count: number, locale: Locale): string {
  const category = pluralRules(locale).select(count);
  return message[category] ?? message.other;
}

export function createTranslator(locale: Locale, dictionary: Record<string, Message> = DICTIONARIES[locale]): Translate {
  return (key, vars) => {
    const message = dictionary[key] ?? (DICTIONARIES.en as Record<string, Message>)[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return interpolate(message, vars, locale);
    const count = typeof vars?.count === 'number' ? vars.count : Number(vars?.count ?? 0);
    return interpolate(pluralForm(message, count, locale), vars, locale);
  };
}
