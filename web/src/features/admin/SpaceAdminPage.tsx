import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { ProblemView } from '../../app/ProblemView';
import { useFragment } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Cluster, Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import styles from './Admin.module.css';
import { AdminShell } from './AdminShell';
import { SpaceInvitations } from './SpaceInvitations';
import { SpaceMembers } from './SpaceMembers';
import spacesWords from './spacesWords';
import { AdminSpaceSettingsFragment, useAdminSpace } from './useAdminSpace';

// The settings are the admins': managers never download them.
const SpaceSettingsForm = lazy(() => import('./SpaceSettingsForm').then(({ SpaceSettingsForm }) => ({ default: SpaceSettingsForm })));

/** One space: its settings (admins), members and invitations (managers too). */
export default function SpaceAdminPage() {
  const t = spacesWords.useT();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { viewer } = useViewer();
  const { space, loading, error, refetch } = useAdminSpace(slug);
  const settings = useFragment(AdminSpaceSettingsFragment, space ?? null);
  const admin = viewer?.role === 'ADMIN';
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  if (loading) return <LoadingBlock />;
  if (error) return <ProblemView error={error} onRetry={() => void refetch()} />;
  if (!space || !settings) return <NotFoundContent />;

  return (
    <AdminShell
      title={space.name}
      managers
      intro={
        <Cluster gap={2} as="div">
          <Link to="/admin/spaces">{t('admin.space.back')}</Link>
          <Badge tone={settings.kind === 'COMMUNITY' ? 'violet' : 'info'}>{t(`admin.spaces.kind.${settings.kind}`)}</Badge>
          <Badge tone={settings.access === 'OPEN' ? 'green' : 'amber'}>{t(`admin.spaces.access.${settings.access}`)}</Badge>
          <Link to={`/s/${settings.slug}`}>{t('admin.space.open')}</Link>
        </Cluster>
      }
    >
      {justCreated ? (
        <Alert tone="success" live="status">
          <p>{t('admin.space.created', { name: space.name })}</p>
        </Alert>
      ) : null}
      <div className={styles.twoColumns}>
        <Stack gap={5}>
          <SpaceMembers spaceId={space.id} spaceName={space.name} members={space.members ?? []} canAdd={admin} />
          {admin ? (
            <Suspense fallback={<LoadingBlock />}>
              <SpaceSettingsForm key={space.id} space={space} />
            </Suspense>
          ) : null}
        </Stack>
        <SpaceInvitations spaceId={space.id} kind={settings.kind} />
      </div>
    </AdminShell>
  );
}
