import { useNavigate } from 'react-router';

import type { SpaceAccess, SpaceKind } from '@red-chair/domain';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { Button } from '../../ui/Button';
import { Cluster, Stack } from '../../ui/Layout';
import styles from './Admin.module.css';
import { newSpaceValues, spaceNumbers, validateSpace, type SpaceField } from './adminValidation';
import { SpaceSettingsFields, spaceTargets, useSpaceLabels } from './SpaceSettingsFields';
import spacesWords from './spacesWords';
import { useCreateSpace } from './useCreateSpace';

const FIELDS: readonly SpaceField[] = [
  'name',
  'slug',
  'description',
  'kind',
  'access',
  'responseSlaDays',
  'reviewBelowAverage',
  'reviewMinRatings',
];

/** "New space": created, the admin lands on its page to add members or send invitations. */
export function CreateSpaceForm({ onDone }: { onDone: () => void }) {
  const t = spacesWords.useT();
  const navigate = useNavigate();
  const createSpace = useCreateSpace();
  const labels = useSpaceLabels();
  const form = useForm({
    fields: FIELDS,
    initialValues: newSpaceValues,
    validate: (values) => validateSpace(values, { creating: true }),
    labels,
    targets: spaceTargets('new-space'),
    fieldsFromRefusal: (problem) => (problem.code === 'CONFLICT' ? { slug: problem.message } : {}),
    onSubmit: async (values) => {
      const space = await createSpace({
        name: values.name.trim(),
        slug: values.slug,
        description: values.description.trim(),
        kind: values.kind as SpaceKind,
        access: values.access as SpaceAccess,
        ...spaceNumbers(values),
      });
      if (space) navigate(`/admin/spaces/${space.slug}`, { state: { created: true } });
    },
  });
  return (
    <form onSubmit={form.handleSubmit} noValidate aria-labelledby="new-space-title" className={styles.panel}>
      <Stack gap={4}>
        <h2 id="new-space-title">{t('admin.spaces.createTitle')}</h2>
        <FormSummary summary={form.summary} failedTitle={t('admin.spaces.createFailed')} />
        <SpaceSettingsFields prefix="new-space" form={form} creating />
        <Cluster gap={2}>
          <Button type="submit" busy={form.submitting}>
            {t('admin.spaces.createSubmit')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('admin.cancel')}
          </Button>
        </Cluster>
      </Stack>
    </form>
  );
}
