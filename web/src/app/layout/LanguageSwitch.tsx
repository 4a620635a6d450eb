import { LOCALES } from '@red-chair/domain';
import { useI18n } from '../../i18n/context';
import styles from './Layout.module.css';

/** FR / EN, always visible; each option is spoken in its own language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
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
          onClick={() => setLocale(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
