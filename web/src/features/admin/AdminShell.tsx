import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

import { isManager, type Role } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { Stack } from '../../ui/Layout';
import styles from './Admin.module.css';
import { useAdminT, type AdminMessageKey } from './adminI18n';

interface Section {
  to: string;
  label: AdminMessageKey;
  /** Managers invite and manage members (docs/api.md#administration); the rest is the admins'. */
  managers: boolean;
}

const SECTIONS: readonly Section[] = [
  { to: '/admin/people', label: 'admin.nav.people', managers: false },
  { to: '/admin/spaces', label: 'admin.nav.spaces', managers: true },
  { to: '/admin/audit', label: 'admin.nav.audit', managers: false },
  { to: '/admin/outbox', label: 'admin.nav.outbox', managers: false },
];

/** Who may open a part of the console: every part for admins, the spaces for managers too. */
export const mayOpen = (role: Role, forManagers: boolean) => role === 'ADMIN' || (forManagers && isManager(role));

interface AdminShellProps {
  title: string;
  /** Whether managers may open this page (they may not, unless said). */
  managers?: boolean;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every console page: its sub-navigation and heading. Someone not allowed sees the app's not-found page,
 * as for anything hidden; the API refuses them anyway (FORBIDDEN).
 */
export function AdminShell({ title, managers = false, intro, actions, children }: AdminShellProps) {
  const t = useAdminT();
  const { viewer } = useViewer();
  if (!viewer || !mayOpen(viewer.role, managers)) return <NotFoundContent />;
  const sections = SECTIONS.filter((section) => mayOpen(viewer.role, section.managers));
  return (
    <Stack gap={5}>
      <nav aria-label={t('admin.nav.label')} className={styles.subnav}>
        <p className={styles.subnavTitle}>{t('admin.title')}</p>
        <ul>
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className={styles.subnavLink}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.heading}>
        <Stack gap={2}>
          <PageHeading documentTitle={`${title} · ${t('admin.title')}`}>{title}</PageHeading>
          {intro ? <div className={styles.intro}>{intro}</div> : null}
        </Stack>
        {actions ? <div className={styles.headingActions}>{actions}</div> : null}
      </div>
      {children}
    </Stack>
  );
}
