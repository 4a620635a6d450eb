import { AWARD_LIMITS } from '@red-chair/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { formProblemText, hasIssues, useFormErrors } from '../../app/forms';
import { ProblemView } from '../../app/ProblemView';
import { useT } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CharacterCounter } from '../../ui/Field';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea, TextField } from '../../ui/TextField';
import { AwardIcon } from './AwardIcon';
import styles from './Awards.module.css';
import { validateAward, type AwardField, type AwardValues } from './awardValidation';
import { useAwards } from './useAwards';
import { useCreateAward } from './useCreateAward';

const FIELDS: readonly AwardField[] = ['name', 'description'];
const EMPTY: AwardValues = { name: '', description: '' };

/**
 * For managers, on the hall of fame (a lazy chunk): the awards they can grant, and "New award"
 * (name 2–80, unique; description up to 1000). A taken name (CONFLICT) is told next to the name.
 */
export default function AwardsCatalogue() {
  const t = useT();
  const formId = useId();
  const awards = useAwards();
  const [create, { loading }] = useCreateAward();
  const [values, setValues] = useState<AwardValues>(EMPTY);
  const [taken, setTaken] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);
  const ids = { name: `${formId}-name`, description: `${formId}-description` };
  const labels: Record<AwardField, string> = { name: t('awardCatalogue.name'), description: t('awardCatalogue.description') };
  const issues = validateAward(values);
  const messages = form.messages(issues, t, labels);
  if (!messages.name && taken !== null) messages.name = t('awardCatalogue.conflict', { name: taken });

  const set = (field: AwardField, patch: Partial<AwardValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    form.touch(field);
    if (field === 'name') setTaken(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    setTaken(null);
    setCreated(null);
    if (hasIssues(issues)) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    const name = values.name.trim();
    try {
      await create({ variables: { input: { name, description: values.description.trim() } } });
      setValues(EMPTY);
      form.setSubmitted(false);
      setCreated(name);
    } catch (error) {
      const problem = form.fail(error);
      if (problem.code === 'CONFLICT') setTaken(name);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: ids[field], label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  const problemText = problem && !items.length ? formProblemText(problem, t) : undefined;
  const list = awards.data?.awards;

  return (
    <section aria-labelledby={`${formId}-title`} className={styles.section}>
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
        {(form.submitted && items.length) || problemText ? (
          <ErrorSummary ref={summary} title={items.length ? t('form.summary', { count: items.length }) : t('awardCatalogue.failedTitle')} message={problemText} items={items} />
        ) : null}
        {created !== null ? (
          <Alert tone="success" live="status">
            <p>{t('awardCatalogue.created', { name: created })}</p>
          </Alert>
        ) : null}
        <TextField
          id={ids.name}
          label={labels.name}
          hint={t('awardCatalogue.name.hint', { min: AWARD_LIMITS.nameMin, max: AWARD_LIMITS.nameMax })}
          value={values.name}
          error={messages.name}
          required
          autoComplete="off"
          onChange={(event) => set('name', { name: event.target.value })}
        />
        <TextArea
          id={ids.description}
          label={labels.description}
          hint={t('awardCatalogue.description.hint')}
          optional
          rows={3}
          value={values.description}
          error={messages.description}
          onChange={(event) => set('description', { description: event.target.value })}
          footer={<CharacterCounter length={values.description.trim().length} max={AWARD_LIMITS.descriptionMax} />}
        />
        <div>
          <Button type="submit" busy={loading}>
            {t('awardCatalogue.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
