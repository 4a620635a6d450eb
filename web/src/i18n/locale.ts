import { LOCALES, type Locale } from '@red-chair/domain';

export const LOCALE_STORAGE_KEY = 'rc.locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The person's explicit choice first, then the browser's languages, then English. */
export function detectLocale(
  stored: string | null = readStoredLocale(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's language
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this visit only
  }
}
