import { Suspense, useLayoutEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { isManager } from '@red-chair/domain';

import { NotificationsMenu } from '../../features/notifications/NotificationsMenu';
import { useT } from '../../i18n/context';
import { RedChairMark } from '../../ui/RedChairMark';
import { LoadingBlock } from '../../ui/Spinner';
import { useViewer } from '../auth/useViewer';
import { ErrorBoundary } from '../ErrorBoundary';
import { rememberFocusAtNavigation } from '../navigationFocus';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './Layout.module.css';
import { UserMenu } from './UserMenu';

/** Skip link, header (brand, nav, language, notifications, account), then the page in the `<main>` landmark. */
export function Layout() {
  const t = useT();
  const { viewer, loading } = useViewer();
  const { pathname } = useLocation();
  const onAuthPage = pathname === '/sign-in' || pathname === '/sign-up';
  // Before any page's effects run (layout effects come first), note where focus is.
  useLayoutEffect(rememberFocusAtNavigation, [pathname]);
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('nav.skip')}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to="/" className={styles.brand}>
            <span className={styles.brandMark}>
              <RedChairMark size={30} />
            </span>
            <span className={styles.brandName}>{t('app.name')}</span>
          </Link>
          {viewer ? (
            <nav className={styles.nav} aria-label={t('nav.label')}>
              <NavLink to="/" end className={styles.navLink}>
                {t('nav.spaces')}
              </NavLink>
              <NavLink to="/challenges" className={styles.navLink}>
                {t('nav.challenges')}
              </NavLink>
              <NavLink to="/hall-of-fame" className={styles.navLink}>
                {t('nav.hallOfFame')}
              </NavLink>
              {isManager(viewer.role) ? (
                <NavLink to="/insights" className={styles.navLink}>
                  {t('nav.insights')}
                </NavLink>
              ) : null}
            </nav>
          ) : loading && !onAuthPage ? (
            <div className={`${styles.nav} ${styles.navPending}`} aria-hidden="true" />
          ) : null}
          <div className={styles.tools}>
            <LanguageSwitch />
            {viewer ? <NotificationsMenu messageLang={viewer.locale} /> : null}
            {viewer ? <UserMenu viewer={viewer} /> : null}
            {!viewer && !onAuthPage ? (
              <Link to="/sign-in" className={styles.navLink}>
                {t('auth.signIn.link')}
              </Link>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className={styles.footer}>
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
