import { useState } from 'react';

import { INVITATION_LIMITS, type SpaceKind } from '@red-chair/domain';

import { toProblem } from '../../app/errors';
import { formProblemText, useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextField';
import styles from './Admin.module.css';
import { parseEmails, validateInvitees } from './adminValidation';
import spacesWords from './spacesWords';
import { useInvitations } from './useInvitations';
import { useInviteToSpace } from './useInviteToSpace';
import { useRevokeInvitation } from './useRevokeInvitation';

interface Sent {
  email: string;
  expiresAt: string;
}

/** Send invitations to a pasted list of addresses, see the pending ones and revoke them. */
export function SpaceInvitations({ spaceId, kind }: { spaceId: string; kind: SpaceKind }) {
  const { t, locale } = spacesWords.useI18n();
  const invite = useInviteToSpace();
  const revoke = useRevokeInvitation();
  const { invitations, loading, error, refetch } = useInvitations(spaceId);
  const [sent, setSent] = useState<Sent[] | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const label = t('admin.invitations.emails');
  const form = useForm({
    fields: ['emails'] as const,
    initialValues: { emails: '' },
    validate: ({ emails }) => validateInvitees(emails),
    labels: { emails: label },
    targets: { emails: 'invite-emails' },
    onSubmit: async ({ emails }) => {
      setSent(null);
      const invited = await invite(spaceId, parseEmails(emails).emails);
      setSent(invited.map(({ email, expiresAt }) => ({ email, expiresAt })));
      form.reset({ emails: '' });
    },
  });
  const count = parseEmails(form.values.emails).emails.length;

  return (
    <section aria-labelledby="invitations-title" className={styles.panel}>
      <Stack gap={4}>
        <h2 id="invitations-title">{t('admin.invitations.title')}</h2>
        <form onSubmit={form.handleSubmit} noValidate>
          <Stack gap={3}>
            <FormSummary summary={form.summary} failedTitle={t('admin.invitations.failed')} />
            <TextArea
              id="invite-emails"
              label={label}
              hint={t(kind === 'INTERNAL' ? 'admin.invitations.hintInternal' : 'admin.invitations.hint', {
                max: INVITATION_LIMITS.emailsPerCall,
              })}
              rows={4}
              spellCheck={false}
              value={form.values.emails}
              onChange={(event) => {
                setSent(null);
                form.change('emails', { emails: event.target.value });
              }}
              error={form.messages.emails}
              footer={count ? <span className={styles.muted}>{t('admin.invitations.counted', { count })}</span> : undefined}
            />
            <div>
              <Button type="submit" busy={form.submitting}>
                {t('admin.invitations.send')}
              </Button>
            </div>
          </Stack>
        </form>
        {sent ? (
          <Alert tone="success" live="status" title={t('admin.invitations.sent', { count: sent.length })}>
            <ul>
              {sent.map((invitation) => (
                <li key={invitation.email}>
                  {t('admin.invitations.sentTo', { email: invitation.email, date: formatDate(invitation.expiresAt, locale) })}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <Stack gap={2}>
          <h3>{t('admin.invitations.pending')}</h3>
          <div aria-live="polite">
            {notice ? (
              <Alert tone={notice.tone}>
                <p>{notice.text}</p>
              </Alert>
            ) : null}
          </div>
          {loading ? (
            <LoadingBlock />
          ) : error || !invitations ? (
            <ProblemView error={error} onRetry={() => void refetch()} />
          ) : invitations.length === 0 ? (
            <p className={styles.muted}>{t('admin.invitations.none')}</p>
          ) : (
            <ul className={styles.list} aria-label={t('admin.invitations.pending')}>
              {invitations.map((invitation) => (
                <li key={invitation.id} className={styles.item}>
                  <div className={styles.itemHead}>
                    <h4 className={styles.email}>{invitation.email}</h4>
                    <Button
                      size="small"
                      variant="secondary"
                      busy={revoking === invitation.id}
                      aria-label={t('admin.invitations.revokeNamed', { email: invitation.email })}
                      onClick={async () => {
                        setRevoking(invitation.id);
                        setNotice(null);
                        try {
                          await revoke(invitation.id);
                          setNotice({ tone: 'success', text: t('admin.invitations.revoked', { email: invitation.email }) });
                        } catch (failure) {
                          setNotice({ tone: 'error', text: formProblemText(toProblem(failure), t) });
                        } finally {
                          setRevoking(null);
                        }
                      }}
                    >
                      {t('admin.invitations.revoke')}
                    </Button>
                  </div>
                  <p className={styles.muted}>
                    {t('admin.invitations.meta', {
                      name: invitation.invitedBy.displayName,
                      sent: formatDate(invitation.createdAt, locale),
                      expires: formatDate(invitation.expiresAt, locale),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Stack>
    </section>
  );
}
