import { STATUS_NOTE_MAX, type InitiativeStatus } from '@red-chair/domain';

import { useForm, type Issues } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { Button } from '../../ui/Button';
import { CharacterCounter } from '../../ui/Field';
import { Cluster } from '../../ui/Layout';
import { Select, TextArea } from '../../ui/TextField';
import { legalMoves, noteRequired } from './statusMoves';
import styles from './Timeline.module.css';
import initiativeToolsWords from './toolsWords';
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

const NOTHING_CHOSEN: ChangeStatusValues = { to: '', note: '' };

interface ChangeStatusFormProps {
  initiativeId: string;
  status: InitiativeStatus;
  onSaved: () => void;
  onCancel: () => void;
}

/** "New status" (only the legal moves) and the "Follow-up note" told to the author and every follower. */
export default function ChangeStatusForm({ initiativeId, status, onSaved, onCancel }: ChangeStatusFormProps) {
  const t = initiativeToolsWords.useT();
  const [change] = useChangeInitiativeStatus();
  const ids = { status: `change-status-${initiativeId}`, note: `change-note-${initiativeId}` };
  const labels: Record<Field, string> = { status: t('changeStatus.newStatus'), note: t('changeStatus.note') };
  const form = useForm({
    fields: FIELDS,
    initialValues: NOTHING_CHOSEN,
    validate: validateChangeStatus,
    labels,
    targets: ids,
    onSubmit: async ({ to, note }) => {
      if (!to) return; // validateChangeStatus refuses it first
      await change({ variables: { input: { initiativeId, status: to, note: note.trim() || null } } });
      onSaved();
    },
  });
  const { values, messages } = form;
  const required = values.to !== '' && noteRequired(values.to);

  return (
    <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
      <FormSummary summary={form.summary} failedTitle={t('changeStatus.failedTitle')} />
      <Select
        id={ids.status}
        label={labels.status}
        hint={t('changeStatus.current', { status: t(`status.${status}`) })}
        value={values.to}
        error={messages.status}
        onChange={(event) => form.change('status', { to: event.target.value as InitiativeStatus | '' })}
        options={[
          { value: '', label: t('changeStatus.choose') },
          ...legalMoves(status).map((to) => ({ value: to, label: t(`status.${to}`) })),
        ]}
      />
      <TextArea
        id={ids.note}
        label={labels.note}
        hint={t(required ? 'changeStatus.note.hintRequired' : 'changeStatus.note.hint')}
        rows={5}
        value={values.note}
        error={messages.note}
        required={required}
        onChange={(event) => form.change('note', { note: event.target.value })}
        footer={<CharacterCounter length={values.note.trim().length} max={STATUS_NOTE_MAX} />}
      />
      <Cluster gap={3} stackOnPhone>
        <Button type="submit" busy={form.submitting}>
          {t('changeStatus.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Cluster>
    </form>
  );
}
