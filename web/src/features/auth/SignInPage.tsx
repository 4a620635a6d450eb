import { Link, useNavigate, useSearchParams } from 'react-router';

import { safeNext } from '../../app/auth/next';
import type { Problem } from '../../app/errors';
import { useForm } from '../../app/forms';
import type { TranslateOf } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import styles from './Auth.module.css';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './useSignIn';
import { useSignInOptions } from './useSignInOptions';
import { validateSignIn, type SignInField } from './validation';
import authWords from './words';

const FIELDS: readonly SignInField[] = ['email', 'password'];

/** Why the provider's round trip did not sign the person in (`/sign-in?sso=…`, set by the API's callback). */
const SSO_REFUSALS = ['failed', 'unverified', 'deactivated', 'unavailable'] as const;
type SsoRefusal = (typeof SSO_REFUSALS)[number];
const isSsoRefusal = (value: string | null): value is SsoRefusal => SSO_REFUSALS.includes(value as SsoRefusal);

/** Sign-in failures stay generic: the API never says whether the email exists, neither do we. */
function problemMessage(problem: Problem, t: TranslateOf<typeof authWords>, locale: string): string {
  switch (problem.code) {
    case 'RATE_LIMITED':
      // The API writes its messages in English; other languages say the same from `retryAfterSeconds`.
      if (locale !== 'en' && problem.retryAfterSeconds)
        return t('auth.signIn.rateLimited', { count: Math.ceil(problem.retryAfterSeconds / 60) });
      return problem.message || t('auth.signIn.rateLimited', { count: 15 });
    case 'FORBIDDEN':
      return t('auth.sso.passwordsOff'); // OIDC_ONLY: the API refuses passwords
    case 'NETWORK':
      return t('errors.network.body');
    case 'INTERNAL_SERVER_ERROR':
      return t('errors.server.body');
    default:
      return t('auth.signIn.failed');
  }
}

export default function SignInPage() {
  const { t, locale } = authWords.useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next') ?? params.get('returnTo'));
  const ssoRefusal = params.get('sso');
  const options = useSignInOptions();
  const singleSignOn = options?.singleSignOn;
  const passwords = options?.passwordSignIn ?? true;
  const { signIn } = useSignIn();
  const labels = { email: t('field.email'), password: t('field.password') };
  const form = useForm({
    fields: FIELDS,
    initialValues: { email: '', password: '' },
    validate: validateSignIn,
    labels,
    targets: { email: 'sign-in-email', password: 'sign-in-password' },
    onSubmit: async (values) => {
      await signIn({ email: values.email.trim(), password: values.password });
      navigate(next, { replace: true });
    },
  });
  const { values, messages, problem } = form;
  const { items, ref: summaryRef } = form.summary;
  const set = (field: SignInField) => (event: { target: { value: string } }) => form.change(field, { [field]: event.target.value });
  const showSummary = !!problem || (form.submitted && items.length > 0);
  const signUpHref = next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      intro={t('auth.signIn.intro')}
      footer={
        passwords ? (
          <>
            {t('auth.signIn.noAccount')} <Link to={signUpHref}>{t('auth.signIn.toSignUp')}</Link>
          </>
        ) : undefined
      }
    >
      {isSsoRefusal(ssoRefusal) ? (
        <Alert tone="error" live="alert" title={t('auth.sso.refusedTitle')}>
          <p>{t(`auth.sso.refused.${ssoRefusal}`)}</p>
        </Alert>
      ) : null}
      {singleSignOn && !passwords ? <SingleSignOnButton name={singleSignOn.name} loginUrl={singleSignOn.loginUrl} next={next} /> : null}
      {passwords ? (
        passwordForm()
      ) : (
        <details className={styles.adminPassword}>
          <summary>{t('auth.sso.adminPassword')}</summary>
          {passwordForm()}
        </details>
      )}
      {singleSignOn && passwords ? (
        <>
          <p className={styles.or}>{t('auth.sso.or')}</p>
          <SingleSignOnButton name={singleSignOn.name} loginUrl={singleSignOn.loginUrl} next={next} />
        </>
      ) : null}
    </AuthLayout>
  );

  function passwordForm() {
    return (
      <form className={styles.form} onSubmit={form.handleSubmit} noValidate>
        {showSummary ? (
          <ErrorSummary
            ref={summaryRef}
            title={problem ? t('auth.signIn.failedTitle') : t('form.summary', { count: items.length })}
            message={problem ? problemMessage(problem, t, locale) : undefined}
            items={problem ? [] : items}
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
        <p className={styles.forgot}>
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </p>
        <Button type="submit" block busy={form.submitting}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    );
  }
}

/** A full-page navigation: the API's /auth/oidc/login sends the browser on to the provider. */
function SingleSignOnButton({ name, loginUrl, next }: { name: string; loginUrl: string; next: string }) {
  const { t } = authWords.useI18n();
  const href = next === '/' ? loginUrl : `${loginUrl}?returnTo=${encodeURIComponent(next)}`;
  return (
    <ButtonLink to={href} reloadDocument variant="secondary" block>
      {t('auth.sso.button', { name })}
    </ButtonLink>
  );
}
