import { useState } from 'react';

import type { SpaceAccess } from '@red-chair/domain';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { useFragment, type FragmentType } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import styles from './Admin.module.css';
import { spaceNumbers, validateSpace, type SpaceField, type SpaceValues } from './adminValidation';
import { SpaceSettingsFields, spaceTargets, useSpaceLabels } from './SpaceSettingsFields';
import spacesWords from './spacesWords';
import { AdminSpaceSettingsFragment } from './useAdminSpace';
import { useUpdateSpace } from './useUpdateSpace';

const FIELDS: readonly SpaceField[] = ['name', 'description', 'access', 'responseSlaDays', 'reviewBelowAverage', 'reviewMinRatings'];

/** Every setting but the kind (an internal space turned community would leak: it never changes). */
export function SpaceSettingsForm({ space: ref }: { space: FragmentType<typeof AdminSpaceSettingsFragment> }) {
  const t = spacesWords.useT();
  const space = useFragment(AdminSpaceSettingsFragment, ref);
  const updateSpace = useUpdateSpace();
  const labels = useSpaceLabels();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    fields: FIELDS,
    initialValues: (): SpaceValues => ({
      name: space.name,
      slug: space.slug,
      description: space.description,
      kind: space.kind,
      access: space.access,
      responseSlaDays: String(space.responseSlaDays),
      reviewBelowAverage: String(space.reviewBelowAverage),
      reviewMinRatings: String(space.reviewMinRatings),
    }),
    validate: (values) => validateSpace(values, { creating: false }),
    labels,
    targets: spaceTargets('space-settings'),
    onSubmit: async (values) => {
      setSaved(false);
      await updateSpace({
        id: space.id,
        name: values.name.trim(),
        description: values.description.trim(),
        access: values.access as SpaceAccess,
        ...spaceNumbers(values),
      });
      setSaved(true);
    },
  });
  return (
    <form
      onSubmit={form.handleSubmit}
      onChange={() => setSaved(false)}
      noValidate
      aria-labelledby="space-settings-title"
      className={styles.panel}
    >
      <Stack gap={4}>
        <h2 id="space-settings-title">{t('admin.space.settings')}</h2>
        <FormSummary summary={form.summary} failedTitle={t('admin.space.saveFailed')} />
        <SpaceSettingsFields prefix="space-settings" form={form} creating={false} />
        {saved ? (
          <Alert tone="success" live="status">
            <p>{t('admin.space.saved')}</p>
          </Alert>
        ) : null}
        <div>
          <Button type="submit" busy={form.submitting}>
            {t('admin.space.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
