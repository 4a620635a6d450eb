import { use, useMemo } from 'react';

import type { Locale } from '@red-chair/domain';

import { useI18n } from '../../i18n/context';
import { createTranslator, DICTIONARIES, type Message, type MessageKey, type Vars } from '../../i18n/translate';
import type english from './i18n/en.json';

/**
 * The console's words live with its chunks, not in the shell every page downloads: only admins and
 * managers read them. Each language's file loads once, when a console page first renders in it.
 */
export type AdminMessageKey = MessageKey | keyof typeof english;
export type AdminTranslate = (key: AdminMessageKey, vars?: Vars) => string;

const LOADERS: Record<Locale, () => Promise<{ default?: Record<string, Message> }>> = {
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
};
const loaded: Partial<Record<Locale, Record<string, Message>>> = {};
const loading: Partial<Record<Locale, Promise<Record<string, Message>>>> = {};

/** Loads a language's console words (once); pages ask for them as they render, tests before. */
export function load(locale: Locale): Promise<Record<string, Message>> {
  return (loading[locale] ??= LOADERS[locale]().then(
    // Vite gives the JSON as the module's default; Jest's CommonJS interop may hand the object itself.
    (module) => (loaded[locale] = module.default ?? (module as unknown as Record<string, Message>)),
    (error: unknown) => {
      delete loading[locale]; // a later render tries again
      throw error;
    },
  ));
}

/** The translator of console pages: the app's words and the console's. Suspends while the console's load. */
export function useAdminI18n(): { t: AdminTranslate; locale: Locale } {
  const { locale } = useI18n();
  const words = loaded[locale] ?? use(load(locale));
  const t = useMemo(
    () => createTranslator(locale, { ...(DICTIONARIES[locale] as Record<string, Message>), ...words }) as unknown as AdminTranslate,
    [locale, words],
  );
  return { t, locale };
}

export const useAdminT = (): AdminTranslate => useAdminI18n().t;
