import { Link, useNavigate, useSearchParams } from 'react-router';

import { USER_LIMITS } from '@red-chair/domain';

import { safeNext } from '../../app/auth/next';
import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NewPasswordInput } from '../../app/NewPasswordInput';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useSignUp } from './useSignUp';
import { validateSignUp, type SignUpField } from './validation';
import authWords from './words';

const FIELDS: readonly SignUpField[] = ['displayName', 'email', 'password'];

export default function SignUpPage() {
  const t = authWords.useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const { signUp } = useSignUp();
  const labels = { displayName: t('field.displayName'), email: t('field.email'), password: t('field.password') };
  const form = useForm({
    fields: FIELDS,
    initialValues: { displayName: '', email: '', password: '' },
    validate: validateSignUp,
    labels,
    targets: { displayName: 'sign-up-displayName', email: 'sign-up-email', password: 'sign-up-password' },
    onSubmit: async (values) => {
      await signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
      navigate(next, { replace: true });
    },
  });
  const { values, messages } = form;
  const set = (field: SignUpField) => (event: { target: { value: string } }) => form.change(field, { [field]: event.target.value });
  const signInHref = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title={t('auth.signUp.title')}
      intro={t('auth.signUp.intro')}
      footer={
        <>
          {t('auth.signUp.haveAccount')} <Link to={signInHref}>{t('auth.signUp.toSignIn')}</Link>
        </>
      }
    >
      <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
        <FormSummary summary={form.summary} failedTitle={t('auth.signUp.failedTitle')} />
        <TextField
          id="sign-up-displayName"
          label={labels.displayName}
          hint={t('field.displayName.hint')}
          name="displayName"
          autoComplete="name"
          value={values.displayName}
          onChange={set('displayName')}
          error={messages.displayName}
          required
        />
        <TextField
          id="sign-up-email"
          label={labels.email}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={messages.email}
          required
        />
        <NewPasswordInput
          id="sign-up-password"
          label={labels.password}
          name="password"
          minLength={USER_LIMITS.passwordMin}
          value={values.password}
          onChange={set('password')}
          error={messages.password}
          required
        />
        <Button type="submit" block busy={form.submitting}>
          {t('auth.signUp.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
