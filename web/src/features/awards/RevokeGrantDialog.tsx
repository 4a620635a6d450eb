import { useId } from 'react';

import type { Problem } from '../../app/errors';
import { useForm } from '../../app/forms';
import type { TranslateOf } from '../../i18n/words';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CharacterCounter } from '../../ui/Field';
import { TextArea } from '../../ui/TextField';
import initiativeToolsWords from '../initiatives/toolsWords';
import styles from './Awards.module.css';
import { REVOKE_REASON_MAX, validateRevokeReason } from './grantValidation';
import { useRevokeAwardGrant } from './useRevokeAwardGrant';

interface RevokeGrantDialogProps {
  grantId: string;
  awardName: string;
  open: boolean;
  onClose: () => void;
}

function failureText(problem: Problem, t: TranslateOf<typeof initiativeToolsWords>): string {
  if (problem.code === 'NETWORK') return t('errors.network.body');
  if (problem.code === 'FORBIDDEN') return t('revoke.forbidden');
  return t('errors.server.body');
}

/** Revoking a grant asks why: the reason is kept in the history. */
export default function RevokeGrantDialog({ grantId, awardName, open, onClose }: RevokeGrantDialogProps) {
  const t = initiativeToolsWords.useT();
  const formId = useId();
  const [revoke] = useRevokeAwardGrant();
  const form = useForm({
    fields: ['reason'],
    initialValues: { reason: '' },
    validate: ({ reason }) => validateRevokeReason(reason),
    labels: { reason: t('revoke.reason') },
    targets: { reason: `${formId}-reason` },
    onSubmit: async ({ reason }) => {
      await revoke({ variables: { id: grantId, reason: reason.trim() } });
      onClose();
    },
    // The dialog has one field: its message is the summary, and the field keeps focus.
    focusOnFailure: () => undefined,
  });
  const { reason } = form.values;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('revoke.title', { award: awardName })}
      actions={
        <>
          <Button variant="secondary" autoFocus onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={form.submitting}>
            {t('revoke.confirm')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={form.handleSubmit} noValidate>
        <p>{t('revoke.body')}</p>
        <TextArea
          id={`${formId}-reason`}
          label={t('revoke.reason')}
          rows={3}
          value={reason}
          error={form.messages.reason}
          required
          onChange={(event) => form.change('reason', { reason: event.target.value })}
          footer={<CharacterCounter length={reason.trim().length} max={REVOKE_REASON_MAX} />}
        />
        {form.problem && !form.messages.reason ? (
          <p role="alert" className={styles.failure}>
            {failureText(form.problem, t)}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
