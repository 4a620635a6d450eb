import { useMemo, useState } from 'react';

import { EMAIL_FREQUENCIES, type EmailFrequency } from '@red-chair/domain';

import { ProblemView } from '../../app/ProblemView';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PageSection, Stack } from '../../ui/Layout';
import { RadioGroup } from '../../ui/RadioGroup';
import { LoadingBlock } from '../../ui/Spinner';
import { Select } from '../../ui/TextField';
import { useMailSettings, useUpdateMailSettings } from './useMailSettings';
import settingsWords from './words';

/** The zone this browser runs in ("Europe/Paris"); UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, with the ones in use first in the list when missing from it. */
function timeZones(...inUse: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...inUse, ...known])].sort((a, b) => a.localeCompare(b));
}

function EmailNotificationsForm({ frequency: savedFrequency, timeZone: savedZone }: { frequency: EmailFrequency; timeZone: string }) {
  const t = settingsWords.useT();
  const save = useUpdateMailSettings();
  const [deviceZone] = useState(browserTimeZone);
  // A profile still on the default UTC takes the device's zone, saved with the next save.
  const [frequency, setFrequency] = useState<EmailFrequency>(savedFrequency);
  const [timeZone, setTimeZone] = useState(savedZone === 'UTC' ? deviceZone : savedZone);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const zones = useMemo(() => timeZones(timeZone, deviceZone, 'UTC'), [timeZone, deviceZone]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setState('saving');
    try {
      await save({ emailFrequency: frequency, timeZone });
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  const changed = () => setState((current) => (current === 'saving' ? current : 'idle'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap={4}>
        {state === 'failed' ? (
          <Alert tone="error" live="alert">
            <p>{t('notify.settings.failed')}</p>
          </Alert>
        ) : null}
        <RadioGroup
          id="settings-email-frequency"
          legend={t('notify.settings.frequency')}
          name="emailFrequency"
          value={frequency}
          options={EMAIL_FREQUENCIES.map((value) => ({ value, label: t(`notify.frequency.${value}`) }))}
          onChange={(value) => {
            setFrequency(value);
            changed();
          }}
        />
        <Select
          id="settings-time-zone"
          label={t('notify.settings.timeZone')}
          hint={t('notify.settings.timeZone.hint', { zone: deviceZone })}
          name="timeZone"
          value={timeZone}
          onChange={(event) => {
            setTimeZone(event.target.value);
            changed();
          }}
          options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        />
        {state === 'saved' ? (
          <Alert tone="success" live="status">
            <p>{t('notify.settings.saved')}</p>
          </Alert>
        ) : null}
        <div>
          <Button type="submit" busy={state === 'saving'}>
            {t('notify.settings.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** "Email notifications" in /settings: how often notifications are mailed, and when digests arrive. */
export function EmailNotificationsSettings() {
  const t = settingsWords.useT();
  const { data, error, refetch } = useMailSettings();
  const me = data?.me;
  return (
    <PageSection aria-labelledby="email-notifications">
      <h2 id="email-notifications">{t('notify.settings.title')}</h2>
      <p>{t('notify.settings.intro')}</p>
      {error && !data ? <ProblemView error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <LoadingBlock /> : null}
      {me?.emailFrequency && me.timeZone ? <EmailNotificationsForm frequency={me.emailFrequency} timeZone={me.timeZone} /> : null}
    </PageSection>
  );
}
