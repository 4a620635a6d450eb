import { useId } from 'react';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CharacterCounter } from '../../ui/Field';
import { LoadingBlock } from '../../ui/Spinner';
import { Select, TextArea } from '../../ui/TextField';
import initiativeToolsWords from '../initiatives/toolsWords';
import styles from './Awards.module.css';
import { CITATION_MAX, CITATION_MIN, validateGrant, type GrantField, type GrantValues } from './grantValidation';
import { useAwards } from './useAwards';
import { useGrantAward } from './useGrantAward';

const FIELDS: readonly GrantField[] = ['award', 'citation'];
const EMPTY: GrantValues = { awardId: '', citation: '' };

interface GrantAwardDialogProps {
  initiativeId: string;
  open: boolean;
  onClose: () => void;
  onGranted: (awardName: string) => void;
}

/** "Grant an award": which award ("Award") and why ("Citation", 10–1000 characters), told to the author. */
export default function GrantAwardDialog({ initiativeId, open, onClose, onGranted }: GrantAwardDialogProps) {
  const t = initiativeToolsWords.useT();
  const formId = useId();
  const awards = useAwards(!open);
  const [grant] = useGrantAward();
  const list = awards.data?.awards ?? [];
  const labels = { award: t('grant.award'), citation: t('grant.citation') };
  const form = useForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate: validateGrant,
    labels,
    targets: { award: `${formId}-award`, citation: `${formId}-citation` },
    onSubmit: async (values) => {
      await grant({ variables: { input: { awardId: values.awardId, initiativeId, citation: values.citation.trim() } } });
      const name = list.find((award) => award.id === values.awardId)?.name ?? '';
      form.reset(EMPTY);
      onGranted(name);
    },
  });
  const { values, messages } = form;
  const chosen = list.find((award) => award.id === values.awardId);

  const close = () => {
    form.reset();
    onClose();
  };

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
          <Button type="submit" form={formId} busy={form.submitting}>
            {t('grant.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={form.handleSubmit} noValidate>
        <p>{t('grant.intro')}</p>
        <FormSummary
          summary={form.summary}
          failedTitle={t('grant.failedTitle')}
          describe={(problem) => (problem.code === 'CONFLICT' ? t('grant.conflict', { award: chosen?.name ?? '' }) : undefined)}
        />
        {awards.loading && !awards.data ? (
          <LoadingBlock />
        ) : (
          <Select
            id={`${formId}-award`}
            label={labels.award}
            hint={chosen?.description || undefined}
            value={values.awardId}
            error={messages.award}
            required
            onChange={(event) => form.change('award', { awardId: event.target.value })}
            options={[{ value: '', label: t('grant.chooseAward') }, ...list.map((award) => ({ value: award.id, label: award.name }))]}
          />
        )}
        <TextArea
          id={`${formId}-citation`}
          label={labels.citation}
          hint={t('grant.citation.hint', { min: CITATION_MIN, max: CITATION_MAX })}
          rows={5}
          value={values.citation}
          error={messages.citation}
          required
          onChange={(event) => form.change('citation', { citation: event.target.value })}
          footer={<CharacterCounter length={values.citation.trim().length} max={CITATION_MAX} />}
        />
      </form>
    </Dialog>
  );
}
