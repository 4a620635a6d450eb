import { useEffect, useId, useRef } from 'react';
import { NavLink } from 'react-router';

import { isManager, type Role } from '@red-chair/domain';

import { useT } from '../../i18n/context';
import styles from './Layout.module.css';
import { useDisclosure } from './useDisclosure';

/**
 * The main navigation. On a phone (under 700 px) it folds behind a "Menu" button: a disclosure
 * (`aria-expanded`, `aria-controls`) whose first link takes focus when it opens; Escape closes it and
 * gives focus back to the button, as does a click outside; a navigation closes it. Wider, it is a row.
 */
export function MainNav({ role }: { role: Role }) {
  const t = useT();
  const { open, toggle, root, button } = useDisclosure();
  const navId = useId();
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    if (open) nav.current?.querySelector<HTMLElement>('a')?.focus();
  }, [open]);

  return (
    <div className={styles.navRoot} ref={root}>
      <button ref={button} type="button" className={styles.menuButton} aria-expanded={open} aria-controls={navId} onClick={toggle}>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          {open ? (
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        {t('nav.menu')}
      </button>
      <nav ref={nav} id={navId} className={`${styles.nav} ${open ? styles.navOpen : ''}`} aria-label={t('nav.label')}>
        <NavLink to="/" end className={styles.navLink}>
          {t('nav.spaces')}
        </NavLink>
        <NavLink to="/challenges" className={styles.navLink}>
          {t('nav.challenges')}
        </NavLink>
        <NavLink to="/hall-of-fame" className={styles.navLink}>
          {t('nav.hallOfFame')}
        </NavLink>
        {isManager(role) ? (
          <NavLink to="/insights" className={styles.navLink}>
            {t('nav.insights')}
          </NavLink>
        ) : null}
      </nav>
    </div>
  );
}
