import { useId, useRef, useState, type FormEvent } from 'react';
import { formProblemText, hasIssues, useFormErrors } from '../../app/forms';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CharacterCounter } from '../../ui/Field';
import { Select, TextArea } from '../../ui/TextField';
import { LoadingBlock } from '../../ui/Spinner';
import styles from './Awards.module.css';
import { CITATION_MAX, CITATION_MIN, validateGrant, type GrantField, type GrantValues } from './grantValidation';
import { useAwards } from './useAwards';
import { useGrantAward } from './useGrantAward';

const FIELDS: readonly GrantField[] = ['award', 'citation'];

interface GrantAwardDialogProps {
  initiativeId: string;
  open: boolean;
  onClose: () => void;
  onGranted: (awardName: string) => void;
}

/** "Grant an award": which award ("Award") and why ("Citation", 10–1000 characters), told to the author. */
export default function GrantAwardDialog({ initiativeId, open, onClose, onGranted }: GrantAwardDialogProps) {
  const t = useT();
  const formId = useId();
  const awards = useAwards(!open);
  const [values, setValues] = useState<GrantValues>({ awardId: '', citation: '' });
  const [grant, { loading }] = useGrantAward();
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);
  const ids = { award: `${formId}-award`, citation: `${formId}-citation` };
  const labels: Record<GrantField, string> = { award: t('grant.award'), citation: t('grant.citation') };
  const issues = validateGrant(values);
  const messages = form.messages(issues, t, labels);
  const list = awards.data?.awards ?? [];
  const chosen = list.find((award) => award.id === values.awardId);

  const set = (field: GrantField, patch: Partial<GrantValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    form.touch(field);
  };

  const close = () => {
    form.reset();
    form.setSubmitted(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    if (hasIssues(issues)) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      await grant({ variables: { input: { awardId: values.awardId, initiativeId, citation: values.citation.trim() } } });
      const name = chosen?.name ?? '';
      setValues({ awardId: '', citation: '' });
      form.setSubmitted(false);
      onGranted(name);
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: ids[field], label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  const problemText =
    problem && !items.length
      ? problem.code === 'CONFLICT'
        ? t('grant.conflict', { award: chosen?.name ?? '' })
        : formProblemText(problem, t)
      : undefined;

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('grant.title')}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} busy={loading}>
            {t('grant.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={submit} noValidate>
        <p>{t('grant.intro')}</p>
        {(form.submitted && items.length) || problemText ? (
          <ErrorSummary ref={summary} title={items.length ? t('form.summary', { count: items.length }) : t('grant.failedTitle')} message={problemText} items={items} />
        ) : null}
        {awards.loading && !awards.data ? (
          <LoadingBlock />
        ) : (
          <Select
            id={ids.award}
            label={labels.award}
            hint={chosen?.description || undefined}
            value={values.awardId}
            error={messages.award}
            required
            onChange={(event) => set('award', { awardId: event.target.value })}
            options={[{ value: '', label: t('grant.chooseAward') }, ...list.map((award) => ({ value: award.id, label: award.name }))]}
          />
        )}
        <TextArea
          id={ids.citation}
          label={labels.citation}
          hint={t('grant.citation.hint', { min: CITATION_MIN, max: CITATION_MAX })}
          rows={5}
          value={values.citation}
          error={messages.citation}
          required
          onChange={(event) => set('citation', { citation: event.target.value })}
          footer={<CharacterCounter length={values.citation.trim().length} max={CITATION_MAX} />}
        />
      </form>
    </Dialog>
  );
}
