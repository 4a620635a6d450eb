import type { ReactNode } from 'react';

import { INITIATIVE_LIMITS as L, type Orientation } from '@red-chair/domain';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { Tag } from '../../ui/Badge';
import { Button, ButtonLink } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { Cluster } from '../../ui/Layout';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea, TextField } from '../../ui/TextField';
import { MarkdownTabs } from '../markdown/MarkdownTabs';
import styles from './Initiatives.module.css';
import { isValidTag, parseTags, validatePropose, type ProposeField, type ProposeValues } from './proposeValidation';
import proposeWords from './proposeWords';

const FIELDS: readonly ProposeField[] = ['title', 'body', 'orientation', 'tags'];

/** What the form hands over once valid: trimmed, tags parsed. */
export interface InitiativeInput {
  title: string;
  body: string;
  orientation: Orientation;
  tags: string[];
}

interface InitiativeFormProps {
  /** Prefix of the controls' ids (`propose-title`…): the error summary links to them. */
  idPrefix: string;
  initial: ProposeValues;
  submitLabel: string;
  /** The summary's title when the server refuses without field messages. */
  failedTitle: string;
  cancelTo: string;
  busy: boolean;
  /** More fields after the tags (the propose form's challenge). */
  extra?: ReactNode;
  /** Under the title, from the draft as typed (the propose form's similar ideas). */
  afterTitle?: (draft: { title: string; body: string }) => ReactNode;
  /** Sends the input; rejects with the API's error, which the form shows next to the fields. */
  onSubmit: (input: InitiativeInput) => Promise<void>;
}

/** Title, description (Markdown), who it serves, tags: proposing and editing an initiative. */
export function InitiativeForm({
  idPrefix,
  initial,
  submitLabel,
  failedTitle,
  cancelTo,
  busy,
  extra,
  afterTitle,
  onSubmit,
}: InitiativeFormProps) {
  const t = proposeWords.useT();
  const target: Record<ProposeField, string> = {
    title: `${idPrefix}-title`,
    body: `${idPrefix}-body`,
    orientation: `${idPrefix}-orientation-first`,
    tags: `${idPrefix}-tags`,
  };
  const labels: Record<ProposeField, string> = {
    title: t('field.title'),
    body: t('field.body'),
    orientation: t('field.orientation'),
    tags: t('field.tags'),
  };
  const form = useForm({
    fields: FIELDS,
    initialValues: initial,
    validate: validatePropose,
    labels,
    targets: target,
    onSubmit: async (values) => {
      if (!values.orientation) return; // validatePropose refuses it first
      await onSubmit({
        title: values.title.trim(),
        body: values.body.trim(),
        orientation: values.orientation,
        tags: parseTags(values.tags),
      });
    },
  });
  const { values, messages } = form;
  const tags = parseTags(values.tags);
  const set = <F extends ProposeField>(field: F, value: ProposeValues[F]) => form.change(field, { [field]: value });

  return (
    <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
      <FormSummary summary={form.summary} failedTitle={failedTitle} />

      <TextField
        id={target.title}
        label={labels.title}
        hint={t('field.title.hint', { min: L.titleMin, max: L.titleMax })}
        name="title"
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={messages.title}
        autoComplete="off"
        required
        footer={<CharacterCounter length={values.title.trim().length} max={L.titleMax} />}
      />

      {afterTitle?.({ title: values.title, body: values.body })}

      <MarkdownTabs id={target.body} markdown={values.body} invalid={!!messages.body}>
        <TextArea
          id={target.body}
          label={labels.body}
          hint={t('field.body.hint')}
          name="body"
          rows={10}
          value={values.body}
          onChange={(event) => set('body', event.target.value)}
          error={messages.body}
          required
          footer={<CharacterCounter length={values.body.trim().length} max={L.bodyMax} />}
        />
      </MarkdownTabs>

      <RadioGroup<Orientation>
        id={`${idPrefix}-orientation`}
        legend={labels.orientation}
        name="orientation"
        value={values.orientation}
        onChange={(value) => set('orientation', value)}
        error={messages.orientation}
        options={[
          { value: 'CUSTOMER', label: t('field.orientation.CUSTOMER') },
          { value: 'EMPLOYEE', label: t('field.orientation.EMPLOYEE') },
        ]}
      />

      <TextField
        id={target.tags}
        label={labels.tags}
        hint={t('field.tags.hint', { max: L.tagsMax })}
        name="tags"
        value={values.tags}
        onChange={(event) => set('tags', event.target.value)}
        error={messages.tags}
        autoComplete="off"
        spellCheck={false}
        optional
        footer={
          tags.length ? (
            <div className={styles.chips}>
              <span className={styles.chipsLabel}>{t('field.tags.preview', { count: tags.length })}</span>
              <ul className={styles.chipList}>
                {tags.map((tag, index) => (
                  <li key={tag}>
                    <Tag invalid={!isValidTag(tag) || index >= L.tagsMax}>#{tag}</Tag>
                  </li>
                ))}
              </ul>
            </div>
          ) : null
        }
      />

      {extra}

      <Cluster gap={3} stackOnPhone className={styles.formActions}>
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <ButtonLink to={cancelTo} variant="ghost">
          {t('common.cancel')}
        </ButtonLink>
      </Cluster>
    </form>
  );
}
