import { useId, useState, type FormEvent } from 'react';
import { toProblem } from '../../app/errors';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CharacterCounter } from '../../ui/Field';
import { TextArea } from '../../ui/TextField';
import styles from './Awards.module.css';
import { REVOKE_REASON_MAX, validateRevokeReason } from './grantValidation';
import { useRevokeAwardGrant } from './useRevokeAwardGrant';

interface RevokeGrantDialogProps {
  grantId: string;
  awardName: string;
  open: boolean;
  onClose: () => void;
}

/** Revoking a grant asks why: the reason is kept in the history. */
export default function RevokeGrantDialog({ grantId, awardName, open, onClose }: RevokeGrantDialogProps) {
  const t = useT();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [revoke, { loading }] = useRevokeAwardGrant();
  const issue = validateRevokeReason(reason).reason;
  const error = submitted && issue ? t(issue.key, issue.vars) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (issue) return;
    try {
      await revoke({ variables: { id: grantId, reason: reason.trim() } });
      onClose();
    } catch (caught) {
      const problem = toProblem(caught);
      setFailure(problem.code === 'NETWORK' ? t('errors.network.body') : problem.code === 'FORBIDDEN' ? t('revoke.forbidden') : t('errors.server.body'));
    }
  };

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
          <Button type="submit" form={formId} variant="danger" busy={loading}>
            {t('revoke.confirm')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={submit} noValidate>
        <p>{t('revoke.body')}</p>
        <TextArea
          label={t('revoke.reason')}
          rows={3}
          value={reason}
          error={error}
          required
          onChange={(event) => setReason(event.target.value)}
          footer={<CharacterCounter length={reason.trim().length} max={REVOKE_REASON_MAX} />}
        />
        {failure ? (
          <p role="alert" className={styles.failure}>
            {failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
