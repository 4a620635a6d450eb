import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

import type { Locale } from '@red-chair/domain';

import { I18nContext } from './context';
import { detectLocale, storeLocale } from './locale';
import { createTranslator } from './translate';

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale());

  // Screen readers pick their voice from <html lang>; keep it in step with the UI.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale, t: createTranslator(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
