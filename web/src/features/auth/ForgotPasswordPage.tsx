import { useState } from 'react';
import { Link } from 'react-router';

import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useRequestPasswordReset } from './usePasswordReset';
import { validateResetRequest, type ResetRequestField } from './validation';
import authWords from './words';

const FIELDS: readonly ResetRequestField[] = ['email'];

/** `/forgot-password`: a mailed link to choose a new password. The answer never says whether the account exists. */
export default function ForgotPasswordPage() {
  const t = authWords.useT();
  const requestReset = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const labels = { email: t('field.email') };
  const form = useForm({
    fields: FIELDS,
    initialValues: { email: '' },
    validate: validateResetRequest,
    labels,
    targets: { email: 'forgot-email' },
    onSubmit: async ({ email }) => {
      await requestReset(email.trim());
      setSentTo(email.trim());
    },
  });
  return (
    <AuthLayout title={t('auth.forgot.title')} intro={t('auth.forgot.intro')} footer={<Link to="/sign-in">{t('auth.forgot.back')}</Link>}>
      {sentTo ? (
        <Alert tone="success" live="status">
          <p>{t('auth.forgot.sent', { email: sentTo })}</p>
        </Alert>
      ) : (
        <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
          <FormSummary summary={form.summary} failedTitle={t('auth.forgot.failed')} />
          <TextField
            id="forgot-email"
            label={labels.email}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={form.values.email}
            onChange={(event) => form.change('email', { email: event.target.value })}
            error={form.messages.email}
            required
          />
          <Button type="submit" block busy={form.submitting}>
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
