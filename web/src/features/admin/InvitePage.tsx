import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';

import { signInPath } from '../../app/auth/next';
import { useViewer } from '../../app/auth/useViewer';
import { toProblem } from '../../app/errors';
import { formProblemText, useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NewPasswordInput } from '../../app/NewPasswordInput';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import authStyles from '../auth/Auth.module.css';
import { AuthLayout } from '../auth/AuthLayout';
import { useSignOut } from '../auth/useSignOut';
import { useSignUp } from '../auth/useSignUp';
import { validateSignUp } from '../auth/validation';
import inviteWords from './inviteWords';
import { useAcceptInvitation } from './useAcceptInvitation';
import { useInvitationLink } from './useInvitationLink';

const sameEmail = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** A new customer's account, made from the link: the API makes them a member as it creates them. */
function SignUpFromInvitation({ token, email, onJoined }: { token: string; email: string; onJoined: () => void }) {
  const { t } = inviteWords.useI18n();
  const { signUp } = useSignUp();
  const labels = { displayName: t('field.displayName'), email: t('field.email'), password: t('field.password') };
  const form = useForm({
    fields: ['displayName', 'email', 'password'] as const,
    initialValues: { displayName: '', email, password: '' },
    validate: validateSignUp,
    labels,
    targets: { displayName: 'invite-name', email: 'invite-email', password: 'invite-password' },
    fieldsFromRefusal: (problem) => (problem.fields.token ? { email: problem.fields.token } : {}),
    onSubmit: async (values) => {
      await signUp({
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        invitationToken: token,
      });
      onJoined();
    },
  });
  const set = (field: 'displayName' | 'email' | 'password') => (event: { target: { value: string } }) =>
    form.change(field, { [field]: event.target.value });
  return (
    <form className={authStyles.form} onSubmit={form.handleSubmit} noValidate aria-labelledby="invite-sign-up">
      <h2 id="invite-sign-up">{t('admin.invite.createTitle')}</h2>
      <FormSummary summary={form.summary} failedTitle={t('auth.signUp.failedTitle')} />
      <TextField
        id="invite-name"
        label={labels.displayName}
        hint={t('field.displayName.hint')}
        autoComplete="name"
        value={form.values.displayName}
        onChange={set('displayName')}
        error={form.messages.displayName}
        required
      />
      <TextField
        id="invite-email"
        label={labels.email}
        hint={t('admin.invite.emailHint')}
        type="email"
        autoComplete="email"
        value={form.values.email}
        onChange={set('email')}
        error={form.messages.email}
        required
      />
      <NewPasswordInput
        id="invite-password"
        label={labels.password}
        value={form.values.password}
        onChange={set('password')}
        error={form.messages.password}
        required
      />
      <Button type="submit" block busy={form.submitting}>
        {t('admin.invite.createSubmit')}
      </Button>
    </form>
  );
}

function Frame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = inviteWords.useI18n();
  return (
    <AuthLayout title={title} intro={intro} footer={<>{t('admin.invite.footer')}</>}>
      {children}
    </AuthLayout>
  );
}

/**
 * `/invite/<token>`, the link mailed by inviteToSpace. Signed in with the invited email: one click joins.
 * Signed out: sign in (and come back here) or create an account from the link. A link that no longer
 * works says why and what to do, whoever opens it.
 */
export default function InvitePage() {
  const { t, locale } = inviteWords.useI18n();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const { link, loading, error, refetch } = useInvitationLink(token);
  const accept = useAcceptInvitation();
  const { signOut, signingOut } = useSignOut();
  const [joining, setJoining] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [signingUp, setSigningUp] = useState(false);

  if (loading || viewerLoading) return <LoadingBlock />;
  if (error) return <ProblemView error={error} onRetry={() => void refetch()} />;

  if (!link) {
    return (
      <Frame title={t('admin.invite.invalidTitle')} intro={t('admin.invite.invalidBody')}>
        <ButtonLink to={viewer ? '/' : '/sign-in'} variant="secondary" block>
          {t(viewer ? 'admin.invite.home' : 'admin.invite.signIn')}
        </ButtonLink>
      </Frame>
    );
  }

  const space = link.spaceName;
  const goToSpace = () => navigate(`/s/${link.spaceSlug}`, { replace: true, state: { joined: true } });

  if (link.state !== 'PENDING') {
    const title = t(`admin.invite.${link.state}.title`, { space });
    const body = t(`admin.invite.${link.state}.body`, { space });
    const member = link.state === 'ACCEPTED' && viewer && sameEmail(viewer.email, link.email);
    return (
      <Frame title={title} intro={body}>
        {member ? (
          <ButtonLink to={`/s/${link.spaceSlug}`} block>
            {t('admin.invite.goToSpace', { space })}
          </ButtonLink>
        ) : (
          <ButtonLink to={viewer ? '/' : signInPath(`/s/${link.spaceSlug}`)} variant="secondary" block>
            {t(viewer ? 'admin.invite.home' : 'admin.invite.signIn')}
          </ButtonLink>
        )}
      </Frame>
    );
  }

  const intro = t('admin.invite.intro', { space, email: link.email, date: formatDate(link.expiresAt, locale) });

  if (viewer && !sameEmail(viewer.email, link.email)) {
    return (
      <Frame title={t('admin.invite.title', { space })} intro={intro}>
        <Alert tone="info" title={t('admin.invite.mismatchTitle')}>
          <p>{t('admin.invite.mismatchBody', { email: link.email, current: viewer.email ?? '' })}</p>
        </Alert>
        <Button variant="secondary" block busy={signingOut} onClick={() => void signOut()}>
          {t('admin.invite.signOut')}
        </Button>
      </Frame>
    );
  }

  if (viewer) {
    return (
      <Frame title={t('admin.invite.title', { space })} intro={intro}>
        <Stack gap={3}>
          {problem ? (
            <Alert tone="error" live="alert" title={t('admin.invite.joinFailed')}>
              <p>{problem}</p>
            </Alert>
          ) : null}
          <Button
            block
            busy={joining}
            onClick={async () => {
              setJoining(true);
              setProblem(null);
              try {
                await accept(token);
                goToSpace();
              } catch (failure) {
                setProblem(formProblemText(toProblem(failure), t));
                setJoining(false);
              }
            }}
          >
            {t('admin.invite.join', { space })}
          </Button>
        </Stack>
      </Frame>
    );
  }

  return (
    <Frame title={t('admin.invite.title', { space })} intro={intro}>
      <Stack gap={3}>
        <ButtonLink to={signInPath(`/invite/${token}`)} block variant={signingUp ? 'secondary' : 'primary'}>
          {t('admin.invite.signInToJoin')}
        </ButtonLink>
        {link.spaceKind === 'COMMUNITY' ? (
          signingUp ? (
            <SignUpFromInvitation token={token} email={link.email} onJoined={goToSpace} />
          ) : (
            <Button variant="secondary" block onClick={() => setSigningUp(true)}>
              {t('admin.invite.create')}
            </Button>
          )
        ) : (
          <p>{t('admin.invite.internalOnly')}</p>
        )}
      </Stack>
    </Frame>
  );
}
