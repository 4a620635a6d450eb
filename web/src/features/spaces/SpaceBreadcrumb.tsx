import { Link } from 'react-router';

import { useT } from '../../i18n/context';
import styles from './SpaceBreadcrumb.module.css';

interface SpaceBreadcrumbProps {
  space: { slug: string; name: string };
  /** The list the space is reached from: every space, or every challenge. */
  from?: 'spaces' | 'challenges';
  /** A page inside the space the current one belongs to (the initiative being edited). */
  page?: { to: string; label: string };
}

/** "Spaces › Customer community" above a page that lives in a space. */
export function SpaceBreadcrumb({ space, from = 'spaces', page }: SpaceBreadcrumbProps) {
  const t = useT();
  return (
    <nav aria-label={t('nav.breadcrumb')} className={styles.breadcrumb}>
      <ol>
        <li>{from === 'spaces' ? <Link to="/">{t('nav.spaces')}</Link> : <Link to="/challenges">{t('challenges.title')}</Link>}</li>
        <li>
          <Link to={`/s/${space.slug}`}>{space.name}</Link>
        </li>
        {page ? (
          <li>
            <Link to={page.to}>{page.label}</Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
