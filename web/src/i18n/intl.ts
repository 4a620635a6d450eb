/**
 * Intl formatters cost far more to build than to use (each one loads its locale's data): a feed page
 * formats hundreds of numbers, plurals and dates, so each locale-and-options pair is built once and kept.
 */
const formatters = new Map<string, unknown>();

function kept<T>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  kept(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const pluralRules = (locale: string): Intl.PluralRules => kept(`plural ${locale}`, () => new Intl.PluralRules(locale));

export const relativeTimeFormat = (locale: string): Intl.RelativeTimeFormat =>
  kept(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
