import { Link, useNavigate, useParams } from 'react-router';

import type { Problem } from '../../app/errors';
import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NewPasswordInput } from '../../app/NewPasswordInput';
import { Button } from '../../ui/Button';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useResetPassword } from './usePasswordReset';
import { validateNewPassword, type NewPasswordField } from './validation';
import authWords from './words';

const FIELDS: readonly NewPasswordField[] = ['password'];

/** `/reset-password/:token`, from the mailed link: a new password, then the person is signed in. */
export default function ResetPasswordPage() {
  const t = authWords.useT();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const labels = { password: t('auth.reset.password') };
  const form = useForm({
    fields: FIELDS,
    initialValues: { password: '' },
    validate: validateNewPassword,
    labels,
    targets: { password: 'reset-password' },
    onSubmit: async ({ password }) => {
      await resetPassword(token, password);
      navigate('/', { replace: true });
    },
  });
  // An expired or used link is refused on `token`, which is no field of this form.
  const describe = (problem: Problem) => (problem.fields?.token ? t('auth.reset.invalidLink') : undefined);
  return (
    <AuthLayout
      title={t('auth.reset.title')}
      intro={t('auth.reset.intro')}
      footer={<Link to="/forgot-password">{t('auth.reset.newLink')}</Link>}
    >
      <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
        <FormSummary summary={form.summary} failedTitle={t('auth.reset.failed')} describe={describe} />
        <NewPasswordInput
          id="reset-password"
          label={labels.password}
          name="password"
          value={form.values.password}
          onChange={(event) => form.change('password', { password: event.target.value })}
          error={form.messages.password}
          required
        />
        <Button type="submit" block busy={form.submitting}>
          {t('auth.reset.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
