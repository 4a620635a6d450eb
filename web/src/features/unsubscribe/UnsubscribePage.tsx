import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';

import { PageHeading } from '../../app/PageHeading';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PageSection, Stack } from '../../ui/Layout';
import settingsWords from '../settings/words';
import styles from './Unsubscribe.module.css';
import { looksLikeToken, unsubscribe, type UnsubscribeOutcome } from './useUnsubscribe';

/**
 * `/unsubscribe/:token`, from the link in every notification mail. Opening it changes nothing (mail
 * scanners open links); the button posts the one-click unsubscribe, then says it is done.
 */
export default function UnsubscribePage() {
  const t = settingsWords.useT();
  const { token = '' } = useParams();
  const [outcome, setOutcome] = useState<UnsubscribeOutcome | null>(looksLikeToken(token) ? null : 'INVALID');
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const confirm = async () => {
    setBusy(true);
    const answer = await unsubscribe(token);
    setBusy(false);
    setOutcome(answer);
    window.setTimeout(() => resultRef.current?.focus());
  };

  const settings = <Link to="/settings#email-notifications">{t('notify.unsubscribe.settings')}</Link>;
  const title =
    outcome === 'UNSUBSCRIBED'
      ? t('notify.unsubscribe.doneTitle')
      : outcome === 'INVALID' || outcome === 'EXPIRED'
        ? t('notify.unsubscribe.invalidTitle')
        : t('notify.unsubscribe.title');

  return (
    <PageSection className={styles.card}>
      <Stack gap={4}>
        <PageHeading>{title}</PageHeading>
        {outcome === null || outcome === 'FAILED' ? (
          <>
            <p>{t('notify.unsubscribe.intro')}</p>
            {outcome === 'FAILED' ? (
              <Alert tone="error" live="alert">
                <p>{t('notify.unsubscribe.failed')}</p>
              </Alert>
            ) : null}
            <div>
              <Button variant="primary" busy={busy} onClick={() => void confirm()}>
                {t('notify.unsubscribe.button')}
              </Button>
            </div>
          </>
        ) : (
          <div ref={resultRef} tabIndex={-1} className={styles.result}>
            <Alert tone={outcome === 'UNSUBSCRIBED' ? 'success' : 'error'} live="status">
              <p>
                {outcome === 'UNSUBSCRIBED'
                  ? t('notify.unsubscribe.done')
                  : t(outcome === 'EXPIRED' ? 'notify.unsubscribe.expired' : 'notify.unsubscribe.invalid')}
              </p>
            </Alert>
          </div>
        )}
        <p>{settings}</p>
      </Stack>
    </PageSection>
  );
}
