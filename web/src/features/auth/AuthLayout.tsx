import type { ReactNode } from 'react';

import { PageHeading } from '../../app/PageHeading';
import { RedChairMark } from '../../ui/RedChairMark';
import styles from './Auth.module.css';
import authWords from './words';

/** The sign-in and sign-up frame: the form in a card, and why Red Chair exists beside it. */
export function AuthLayout({ title, intro, children, footer }: { title: string; intro: string; children: ReactNode; footer: ReactNode }) {
  const t = authWords.useT();
  return (
    <div className={styles.layout}>
      <aside className={styles.pitch} aria-label={t('auth.pitch.label')}>
        <span className={styles.pitchMark}>
          <RedChairMark size={48} />
        </span>
        <p className={styles.pitchTitle}>{t('app.tagline')}</p>
        <ul>
          <li>{t('auth.pitch.propose')}</li>
          <li>{t('auth.pitch.codesign')}</li>
          <li>{t('auth.pitch.answer')}</li>
        </ul>
      </aside>
      <section className={styles.card}>
        <div>
          <PageHeading>{title}</PageHeading>
          <p className={styles.intro}>{intro}</p>
        </div>
        {children}
        {footer ? <p className={styles.switch}>{footer}</p> : null}
      </section>
    </div>
  );
}
