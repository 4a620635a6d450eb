import { LOCALES, type Locale } from '@red-chair/domain';

import { useI18n } from '../../i18n/context';
import { useUpdateLocale } from '../auth/useUpdateLocale';
import { useViewer } from '../auth/useViewer';
import styles from './Layout.module.css';

/** FR / EN, always visible; each option is spoken in its own language. A signed-in person's choice is saved. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { viewer } = useViewer();
  const updateLocale = useUpdateLocale();
  const choose = (option: Locale) => {
    setLocale(option);
    if (viewer && viewer.locale !== option) void updateLocale(option);
  };
  return (
    <div className={styles.languages} role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.language}
          aria-pressed={locale === option}
          title={t(`language.${option}`)}
          onClick={() => choose(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
