import { useId, useState, type FormEvent } from 'react';

import { AWARD_LIMITS } from '@red-chair/domain';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { ProblemView } from '../../app/ProblemView';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { PageSection } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import { AwardIcon } from './AwardIcon';
import styles from './Awards.module.css';
import { validateAward, type AwardField, type AwardValues } from './awardValidation';
import { useAwards } from './useAwards';
import { useCreateAward } from './useCreateAward';
import hallOfFameWords from './words';

const FIELDS: readonly AwardField[] = ['name', 'description'];
const EMPTY: AwardValues = { name: '', description: '' };

/**
 * For managers, on the hall of fame (a lazy chunk): the awards they can grant, and "New award"
 * (name 2–80, unique; description up to 1000). A taken name (CONFLICT) is told next to the name.
 */
export default function AwardsCatalogue() {
  const t = hallOfFameWords.useT();
  const formId = useId();
  const awards = useAwards();
  const [create] = useCreateAward();
  const [created, setCreated] = useState<string | null>(null);
  const labels = { name: t('awardCatalogue.name'), description: t('awardCatalogue.description') };
  const form = useForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate: validateAward,
    labels,
    targets: { name: `${formId}-name`, description: `${formId}-description` },
    onSubmit: async (values) => {
      const name = values.name.trim();
      await create({ variables: { input: { name, description: values.description.trim() } } });
      form.reset(EMPTY);
      setCreated(name);
    },
    fieldsFromRefusal: (problem, values) =>
      problem.code === 'CONFLICT' ? { name: t('awardCatalogue.conflict', { name: values.name.trim() }) } : {},
  });
  const { values, messages } = form;
  const submit = (event: FormEvent) => {
    setCreated(null);
    return form.handleSubmit(event);
  };

  const list = awards.data?.awards;

  return (
    <PageSection aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('awardCatalogue.title')}</h2>
      <p>{t('awardCatalogue.intro')}</p>
      {awards.error && !list ? (
        <ProblemView error={awards.error} onRetry={() => void awards.refetch()} />
      ) : !list ? (
        <LoadingBlock />
      ) : list.length === 0 ? (
        <p>{t('awardCatalogue.empty')}</p>
      ) : (
        <ul className={styles.grants}>
          {list.map((award) => (
            <li key={award.id}>
              <p className={styles.awardName}>
                <AwardIcon size={18} />
                {award.name}
              </p>
              {award.description ? <p>{award.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <form id={formId} className={styles.dialogForm} onSubmit={submit} noValidate aria-labelledby={`${formId}-new`}>
        <h3 id={`${formId}-new`}>{t('awardCatalogue.new')}</h3>
        <FormSummary summary={form.summary} failedTitle={t('awardCatalogue.failedTitle')} />
        {created !== null ? (
          <Alert tone="success" live="status">
            <p>{t('awardCatalogue.created', { name: created })}</p>
          </Alert>
        ) : null}
        <TextField
          id={`${formId}-name`}
          label={labels.name}
          hint={t('awardCatalogue.name.hint', { min: AWARD_LIMITS.nameMin, max: AWARD_LIMITS.nameMax })}
          value={values.name}
          error={messages.name}
          required
          autoComplete="off"
          onChange={(event) => form.change('name', { name: event.target.value })}
        />
        <TextArea
          id={`${formId}-description`}
          label={labels.description}
          hint={t('awardCatalogue.description.hint')}
          optional
          rows={3}
          value={values.description}
          error={messages.description}
          onChange={(event) => form.change('description', { description: event.target.value })}
          footer={<CharacterCounter length={values.description.trim().length} max={AWARD_LIMITS.descriptionMax} />}
        />
        <div>
          <Button type="submit" busy={form.submitting}>
            {t('awardCatalogue.submit')}
          </Button>
        </div>
      </form>
    </PageSection>
  );
}
