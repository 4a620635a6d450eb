import { useT } from '../i18n/context';
import { ButtonLink } from '../ui/Button';
import { RedChairMark } from '../ui/RedChairMark';
import styles from './NotFoundPage.module.css';
import { PageHeading } from './PageHeading';

/** Also what a hidden space or initiative looks like: its existence never leaks (docs/api.md#visibility). */
export function NotFoundContent() {
  const t = useT();
  return (
    <section className={styles.notFound}>
      <span className={styles.mark}>
        <RedChairMark size={56} />
      </span>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className={styles.body}>{t('notFound.body')}</p>
      <ButtonLink to="/" variant="primary">
        {t('notFound.home')}
      </ButtonLink>
    </section>
  );
}

export default function NotFoundPage() {
  return <NotFoundContent />;
}
