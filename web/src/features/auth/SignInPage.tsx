import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/auth/next';
import { hasIssues, useFormErrors } from '../../app/forms';
import type { Problem } from '../../app/errors';
import { useI18n } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './useSignIn';
import { validateSignIn, type SignInField } from './validation';

const FIELDS: readonly SignInField[] = ['email', 'password'];

/** Sign-in failures stay generic: the API never says whether the email exists, neither do we. */
function problemMessage(problem: Problem, t: Translate, locale: string): string {
  switch (problem.code) {
    case 'RATE_LIMITED':
      // The API writes its messages in English; other languages say the same from `retryAfterSeconds`.
      if (locale !== 'en' && problem.retryAfterSeconds) return t('auth.signIn.rateLimited', { count: Math.ceil(problem.retryAfterSeconds / 60) });
      return problem.message || t('auth.signIn.rateLimited', { count: 15 });
    case 'NETWORK':
      return t('errors.network.body');
    case 'INTERNAL_SERVER_ERROR':
      return t('errors.server.body');
    default:
      return t('auth.signIn.failed');
  }
}

export default function SignInPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const { signIn, loading } = useSignIn();
  const [values, setValues] = useState({ email: '', password: '' });
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);

  const labels = { email: t('field.email'), password: t('field.password') };
  const issues = validateSignIn(values);
  const messages = form.messages(issues, t, labels);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    form.setSubmitted(true);
    form.reset();
    if (hasIssues(issues)) {
      window.setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      await signIn({ email: values.email.trim(), password: values.password });
      navigate(next, { replace: true });
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const set = (field: SignInField) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    form.touch(field);
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: `sign-in-${field}`, label: labels[field], message: messages[field]! }));
  const showSummary = !!form.problem || (form.submitted && items.length > 0);
  const signUpHref = next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout title={t('auth.signIn.title')} intro={t('auth.signIn.intro')} footer={<>{t('auth.signIn.noAccount')} <Link to={signUpHref}>{t('auth.signIn.toSignUp')}</Link></>}>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {showSummary ? (
          <ErrorSummary
            ref={summary}
            title={form.problem ? t('auth.signIn.failedTitle') : t('form.summary', { count: items.length })}
            message={form.problem ? problemMessage(form.problem, t, locale) : undefined}
            items={form.problem ? [] : items}
          />
        ) : null}
        <TextField
          id="sign-in-email"
          label={labels.email}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={messages.email}
          required
        />
        <TextField
          id="sign-in-password"
          label={labels.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={set('password')}
          error={messages.password}
          required
        />
        <Button type="submit" block busy={loading}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
