import { USER_LIMITS } from '@red-chair/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/auth/next';
import { formProblemText, hasIssues, useFormErrors } from '../../app/forms';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useSignUp } from './useSignUp';
import { validateSignUp, type SignUpField } from './validation';

const FIELDS: readonly SignUpField[] = ['displayName', 'email', 'password'];

export default function SignUpPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const { signUp, loading } = useSignUp();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const form = useFormErrors(FIELDS);
  const summary = useRef<HTMLDivElement>(null);

  const labels = { displayName: t('field.displayName'), email: t('field.email'), password: t('field.password') };
  const issues = validateSignUp(values);
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
      await signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
      navigate(next, { replace: true });
    } catch (error) {
      form.fail(error);
      window.setTimeout(() => summary.current?.focus());
    }
  };

  const set = (field: SignUpField) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    form.touch(field);
  };

  const items = FIELDS.filter((field) => messages[field]).map((field) => ({ targetId: `sign-up-${field}`, label: labels[field], message: messages[field]! }));
  const problem = form.problem;
  // A problem with field messages is explained by the list; otherwise say what happened.
  const problemText = problem && !items.length ? formProblemText(problem, t) : undefined;
  const showSummary = (form.submitted && items.length > 0) || !!problemText;
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
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {showSummary ? (
          <ErrorSummary
            ref={summary}
            title={items.length ? t('form.summary', { count: items.length }) : t('auth.signUp.failedTitle')}
            message={problemText}
            items={items}
          />
        ) : null}
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
        <TextField
          id="sign-up-password"
          label={labels.password}
          hint={t('field.password.hint', { min: USER_LIMITS.passwordMin })}
          type="password"
          name="password"
          autoComplete="new-password"
          minLength={USER_LIMITS.passwordMin}
          value={values.password}
          onChange={set('password')}
          error={messages.password}
          required
        />
        <Button type="submit" block busy={loading}>
          {t('auth.signUp.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
