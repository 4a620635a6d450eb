import { STATUS_NOTE_MAX, type InitiativeStatus } from '@red-chair/domain';
import { useRef, useState, type FormEvent } from 'react';
import { formProblemText, hasIssues, useFormErrors, type Issues } from '../../app/forms';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CharacterCounter } from '../../ui/Field';
import { Select, TextArea } from '../../ui/TextField';
import { legalMoves, noteRequired } from './statusMoves';
import styles from './Timeline.module.css';
import { useChangeInitiativeStatus } from './useChangeInitiativeStatus';

type Field = 'status' | 'note';
const FIELDS: readonly Field[] = ['status', 'note'];

export interface ChangeStatusValues {
  to: InitiativeStatus | '';
  note: string;
}

/** Before sending: a move is chosen, and declining says why (the API checks the same). */
export function validateChangeStatus({ to, note }: ChangeStatusValues): Issues<Field> {
  const issues: Issues<Field> = {};
  if (!to) issues.status = { key: 'validation.chooseOne' };
  if (to && noteRequired(to) && !note.trim()) issues.note = { key: 'changeStatus.noteRequired' };
  else if (note.trim().length > STATUS_NOTE_MAX) issues.note = { key: 'validation.maxLength', vars: { max: STATUS_NOTE_MAX } };
  return issues;
}

interface ChangeStatusFormProps {
  initiativeId: string;
  status: InitiativeStatus;
  onSaved: () => void;
  onCancel: () => void;
}

/** "New status" (only the legal moves) and the "Follow-up note" told to the author and every follower. */
export default function ChangeStatusForm({ initiativeId, status, onSaved, onCancel }: ChangeStatusFormProps) {
  const t = useT();
  const [values, setValues] = useState<ChangeStatusValues>({ to: '', note: '' });
  const [change, { loading }] = useChangeInitiativeStatus();
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);
  const ids = { status: `change-status-${initiativeId}`, note: `change-note-${initiativeId}` };
  const labels: Record<Field, string> = { status: t('changeStatus.newStatus'), note: t('changeStatus.note') };
  const issues = validateChangeStatus(values);
  const messages = form.messages(issues, t, labels);
  const required = values.to !== '' && noteRequired(values.to);

  const set = (field: Field, patch: Partial<ChangeStatusValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    form.touch(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    if (hasIssues(issues) || !values.to) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const note = values.note.trim();
      await change({ variables: { input: { initiativeId, status: values.to, note: note || null } } });
      onSaved();
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: ids[field], label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  const problemText = problem && !items.length ? formProblemText(problem, t) : undefined;

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {(form.submitted && items.length) || problemText ? (
        <ErrorSummary
          ref={summary}
          title={items.length ? t('form.summary', { count: items.length }) : t('changeStatus.failedTitle')}
          message={problemText}
          items={items}
        />
      ) : null}
      <Select
        id={ids.status}
        label={labels.status}
        hint={t('changeStatus.current', { status: t(`status.${status}`) })}
        value={values.to}
        error={messages.status}
        onChange={(event) => set('status', { to: event.target.value as InitiativeStatus | '' })}
        options={[{ value: '', label: t('changeStatus.choose') }, ...legalMoves(status).map((to) => ({ value: to, label: t(`status.${to}`) }))]}
      />
      <TextArea
        id={ids.note}
        label={labels.note}
        hint={t(required ? 'changeStatus.note.hintRequired' : 'changeStatus.note.hint')}
        rows={5}
        value={values.note}
        error={messages.note}
        required={required}
        onChange={(event) => set('note', { note: event.target.value })}
        footer={<CharacterCounter length={values.note.trim().length} max={STATUS_NOTE_MAX} />}
      />
      <div className={styles.formActions}>
        <Button type="submit" busy={loading}>
          {t('changeStatus.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
