import { STATUS_LABELS, type Locale, type StatusLabels } from '@red-chair/domain';

import type en from './en.json';
import type fr from './fr.json';
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

/** Typed against English: a key missing from French is a type error (the spec checks the reverse). */
export type FrenchIsComplete = typeof fr extends typeof en ? true : never;
export const FRENCH_IS_COMPLETE: FrenchIsComplete = true;

/**
 * Each language's words are a chunk of their own, loaded once: a reader downloads only their language, in
 * parallel with the page's chunk (main.tsx loads it before the first render), and switching language loads
 * the other. Filled by `loadDictionary` (or `registerDictionary`, for tests).
 */
export const DICTIONARIES: Partial<Record<Locale, Dictionary>> = {};
const LOADERS: Record<Locale, () => Promise<unknown>> = { en: () => import('./en.json'), fr: () => import('./fr.json') };
const loading: Partial<Record<Locale, Promise<void>>> = {};

export function registerDictionary(locale: Locale, words: Record<string, Message>): void {
  DICTIONARIES[locale] = { ...STATUS_LABELS[locale], ...words } as Dictionary;
}

export function loadDictionary(locale: Locale): Promise<void> {
  if (DICTIONARIES[locale]) return Promise.resolve();
  return (loading[locale] ??= LOADERS[locale]().then(
    // Vite gives the JSON as the module's default; CommonJS interop may hand over the object itself.
    (module) =>
      registerDictionary(locale, ((module as { default?: Record<string, Message> }).default ?? module) as Record<string, Message>),
    (error: unknown) => {
      delete loading[locale]; // a later call tries again
      throw error;
    },
  ));
}

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

/** Without a dictionary given, the locale's loaded one, read at each call (it may arrive after the translator). */
export function createTranslator(locale: Locale, dictionary?: Record<string, Message>): Translate {
  return (key, vars) => {
    const words = dictionary ?? (DICTIONARIES[locale] as Record<string, Message> | undefined);
    const message = words?.[key] ?? (DICTIONARIES.en as Record<string, Message> | undefined)?.[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return interpolate(message, vars, locale);
    const count = typeof vars?.count === 'number' ? vars.count : Number(vars?.count ?? 0);
    return interpolate(pluralForm(message, count, locale), vars, locale);
  };
}
