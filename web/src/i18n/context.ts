import { createContext, useContext } from 'react';

import type { Locale } from '@red-chair/domain';

import { createTranslator, type Translate } from './translate';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ locale: 'en', setLocale: () => undefined, t: createTranslator('en') });

/** The translator and the current locale. Every visible string goes through `t(key)`. */
export const useI18n = (): I18n => useContext(I18nContext);
export const useT = (): Translate => useContext(I18nContext).t;
