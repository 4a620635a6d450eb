import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

import type { Locale } from '@red-chair/domain';

import { I18nContext } from './context';
import { detectLocale, storeLocale } from './locale';
import { createTranslator, loadDictionary } from './translate';
import { loadWordsInUse } from './words';

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale());

  // Screen readers pick their voice from <html lang>; keep it in step with the UI.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The other language's words load first (the core's and those of the features read so far), so the
  // switch never shows a page of keys nor a page's loading state.
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    Promise.all([loadDictionary(next), loadWordsInUse(next)]).then(
      () => setLocaleState(next),
      () => setLocaleState(next), // offline: the English fallback and the keys are better than no switch
    );
  }, []);

  const value = useMemo(() => ({ locale, setLocale, t: createTranslator(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
