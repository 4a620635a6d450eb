import { useId } from 'react';
import { Link } from 'react-router';

import { isManager } from '@red-chair/domain';

import { useSignOut } from '../../features/auth/useSignOut';
import { useT } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import type { Viewer } from '../auth/useViewer';
import styles from './Layout.module.css';
import { useDisclosure } from './useDisclosure';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toLocaleUpperCase())
    .join('');

/** Disclosure (button + panel): who is signed in, their profile and settings, and signing out. See `useDisclosure` for the behaviour. */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const { open, toggle, root, button } = useDisclosure();
  const panelId = useId();
  const { signOut, signingOut, problem } = useSignOut();

  return (
    <div className={styles.userMenu} ref={root}>
      <button ref={button} type="button" className={styles.userButton} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        <span className={styles.avatar} aria-hidden="true">
          {initials(viewer.displayName)}
        </span>
        <span className={styles.userName}>{viewer.displayName}</span>
        <svg className={styles.chevron} width="12" height="8" viewBox="0 0 12 8" aria-hidden="true">
          <path d="M1 1l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <Stack id={panelId} gap={2} className={styles.userPanel} hidden={!open}>
        <p className={styles.panelName}>{viewer.displayName}</p>
        {viewer.email ? <p className={styles.panelEmail}>{viewer.email}</p> : null}
        <p>
          <Badge tone="neutral">{t(`role.${viewer.role}`)}</Badge>
        </p>
        <ul className={styles.userLinks}>
          <li>
            <Link to={`/people/${viewer.id}`}>{t('nav.yourProfile')}</Link>
          </li>
          <li>
            <Link to="/settings">{t('nav.settings')}</Link>
          </li>
          {isManager(viewer.role) ? (
            <>
              <li>
                <Link to="/red-chair">{t('voice.nav')}</Link>
              </li>
              <li>
                {/* Admins start with people; managers may open only the spaces (invitations, members). */}
                <Link to={viewer.role === 'ADMIN' ? '/admin/people' : '/admin/spaces'}>{t('admin.title')}</Link>
              </li>
            </>
          ) : null}
        </ul>
        {problem ? (
          <Alert tone="error" live="alert">
            <p>{t('auth.signOut.failed')}</p>
          </Alert>
        ) : null}
        <Button variant="secondary" block busy={signingOut} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Button>
      </Stack>
    </div>
  );
}
