import { SPACE_ACCESSES, SPACE_KINDS, SPACE_LIMITS, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import type { FormState } from '../../app/forms';
import { CharacterCounter } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea, TextField } from '../../ui/TextField';
import styles from './Admin.module.css';
import { slugFrom, type SpaceField, type SpaceValues } from './adminValidation';
import spacesWords from './spacesWords';

/** The control each field's summary item focuses (radios: their first option). */
export const spaceTargets = (prefix: string): Record<SpaceField, string> => ({
  name: `${prefix}-name`,
  slug: `${prefix}-slug`,
  description: `${prefix}-description`,
  kind: `${prefix}-kind-first`,
  access: `${prefix}-access-first`,
  responseSlaDays: `${prefix}-sla`,
  reviewBelowAverage: `${prefix}-review-average`,
  reviewMinRatings: `${prefix}-review-ratings`,
});

export function useSpaceLabels(): Record<SpaceField, string> {
  const t = spacesWords.useT();
  return {
    name: t('admin.spaces.name'),
    slug: t('admin.spaces.slug'),
    description: t('admin.spaces.description'),
    kind: t('admin.spaces.kind'),
    access: t('admin.spaces.access'),
    responseSlaDays: t('admin.spaces.sla'),
    reviewBelowAverage: t('admin.spaces.reviewBelowAverage'),
    reviewMinRatings: t('admin.spaces.reviewMinRatings'),
  };
}

interface Props {
  prefix: string;
  form: FormState<SpaceField, SpaceValues>;
  /** Creating: slug and kind are chosen here; editing shows them read-only (they never change). */
  creating: boolean;
}

/** The settings of a space, shared by "New space" and a space's settings. */
export function SpaceSettingsFields({ prefix, form, creating }: Props) {
  const t = spacesWords.useT();
  const labels = useSpaceLabels();
  const ids = spaceTargets(prefix);
  const { values, messages } = form;
  const set = (field: SpaceField) => (event: { target: { value: string } }) => form.change(field, { [field]: event.target.value });

  return (
    <div className={styles.formGrid}>
      <TextField
        id={ids.name}
        label={labels.name}
        value={values.name}
        maxLength={SPACE_LIMITS.nameMax + 20}
        onChange={(event) => {
          const name = event.target.value;
          // The slug follows the name until the admin types one of their own.
          const following = creating && values.slug === slugFrom(values.name);
          form.change('name', following ? { name, slug: slugFrom(name) } : { name });
        }}
        error={messages.name}
        required
      />
      {creating ? (
        <TextField
          id={ids.slug}
          label={labels.slug}
          hint={t('admin.spaces.slugHint')}
          value={values.slug}
          spellCheck={false}
          autoCapitalize="none"
          onChange={set('slug')}
          error={messages.slug}
          required
        />
      ) : (
        <div className={styles.readOnly}>
          <span className={styles.readOnlyLabel}>{labels.slug}</span>
          <code>{values.slug}</code>
        </div>
      )}
      <div className={styles.wide}>
        <TextArea
          id={ids.description}
          label={labels.description}
          optional
          rows={3}
          value={values.description}
          onChange={set('description')}
          error={messages.description}
          footer={<CharacterCounter length={values.description.length} max={SPACE_LIMITS.descriptionMax} />}
        />
      </div>
      {creating ? (
        <RadioGroup<SpaceKind>
          id={`${prefix}-kind`}
          legend={labels.kind}
          name={`${prefix}-kind`}
          value={values.kind || null}
          onChange={(kind) => form.change('kind', { kind })}
          error={messages.kind}
          options={SPACE_KINDS.map((kind) => ({ value: kind, label: t(`admin.spaces.kind.${kind}`) }))}
        />
      ) : (
        <div className={styles.readOnly}>
          <span className={styles.readOnlyLabel}>{labels.kind}</span>
          <span>{values.kind ? t(`admin.spaces.kind.${values.kind}`) : null}</span>
          <span className={styles.muted}>{t('admin.spaces.kindFixed')}</span>
        </div>
      )}
      <RadioGroup<SpaceAccess>
        id={`${prefix}-access`}
        legend={labels.access}
        name={`${prefix}-access`}
        value={values.access || null}
        onChange={(access) => form.change('access', { access })}
        error={messages.access}
        options={SPACE_ACCESSES.map((access) => ({ value: access, label: t(`admin.spaces.access.${access}`) }))}
      />
      <TextField
        id={ids.responseSlaDays}
        label={labels.responseSlaDays}
        hint={t('admin.spaces.slaHint')}
        inputMode="numeric"
        value={values.responseSlaDays}
        onChange={set('responseSlaDays')}
        error={messages.responseSlaDays}
        required
      />
      <TextField
        id={ids.reviewBelowAverage}
        label={labels.reviewBelowAverage}
        hint={t('admin.spaces.reviewBelowAverageHint')}
        inputMode="decimal"
        value={values.reviewBelowAverage}
        onChange={set('reviewBelowAverage')}
        error={messages.reviewBelowAverage}
        required
      />
      <TextField
        id={ids.reviewMinRatings}
        label={labels.reviewMinRatings}
        hint={t('admin.spaces.reviewMinRatingsHint')}
        inputMode="numeric"
        value={values.reviewMinRatings}
        onChange={set('reviewMinRatings')}
        error={messages.reviewMinRatings}
        required
      />
    </div>
  );
}
