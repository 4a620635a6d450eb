import { Suspense, useLayoutEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';

import { NotificationsMenu } from '../../features/notifications/NotificationsMenu';
import { useT } from '../../i18n/context';
import { RedChairMark } from '../../ui/RedChairMark';
import { LoadingBlock } from '../../ui/Spinner';
import { useShellViewer } from '../auth/useShellViewer';
import { ErrorBoundary } from '../ErrorBoundary';
import { rememberFocusAtNavigation } from '../navigationFocus';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './Layout.module.css';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** Skip link, header (brand, nav, language, notifications, account), then the page in the `<main>` landmark. */
export function Layout() {
  const t = useT();
  const { viewer, state } = useShellViewer();
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
            <MainNav role={viewer.role} />
          ) : state === 'loading' && !onAuthPage ? (
            <div className={`${styles.nav} ${styles.navPending}`} aria-hidden="true" />
          ) : null}
          <div className={styles.tools}>
            <LanguageSwitch />
            {viewer && state === 'live' ? <NotificationsMenu messageLang={viewer.locale} /> : null}
            {viewer ? <UserMenu viewer={viewer} /> : null}
            {state === 'signedOut' && !onAuthPage ? (
              <Link to="/sign-in" className={styles.navLink}>
                {t('auth.signIn.link')}
              </Link>
            ) : null}
          </div>
        </div>
      </header>
      {state === 'offline' ? (
        <div className={styles.offline} role="status">
          <p>{t('shell.offline')}</p>
        </div>
      ) : null}
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
