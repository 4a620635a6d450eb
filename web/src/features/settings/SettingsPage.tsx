import { useState } from 'react';
import { Link } from 'react-router';

import { LOCALES, type Locale } from '@red-chair/domain';

import { useUpdateLocale } from '../../app/auth/useUpdateLocale';
import { useViewer, type Viewer } from '../../app/auth/useViewer';
import { useForm } from '../../app/forms';
import { FormSummary } from '../../app/FormSummary';
import { NewPasswordInput } from '../../app/NewPasswordInput';
import { PageHeading } from '../../app/PageHeading';
import { useI18n } from '../../i18n/context';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PageSection, Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { Select, TextField } from '../../ui/TextField';
import { EmailNotificationsSettings } from './EmailNotificationsSettings';
import { validatePasswordChange, validateProfile, type PasswordField, type ProfileField } from './settingsValidation';
import { useChangePassword } from './useChangePassword';
import { useUpdateProfile } from './useUpdateProfile';
import settingsWords from './words';

const PROFILE_FIELDS: readonly ProfileField[] = ['displayName'];
const PASSWORD_FIELDS: readonly PasswordField[] = ['currentPassword', 'newPassword'];

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/**
 * The language applies and is saved as soon as it is chosen, like the header's FR/EN switch (which may
 * change it while this page is open): it is the app's and the one the API writes notifications in.
 */
function LanguageSetting() {
  const { locale, setLocale } = useI18n();
  const t = settingsWords.useT();
  const updateLocale = useUpdateLocale();
  return (
    <Select
      id="settings-locale"
      label={t('settings.language')}
      hint={t('settings.language.hint')}
      name="locale"
      value={locale}
      onChange={(event) => {
        const chosen = event.target.value;
        if (!isLocale(chosen)) return;
        setLocale(chosen);
        void updateLocale(chosen);
      }}
      options={LOCALES.map((option) => ({ value: option, label: t(`language.${option}`) }))}
    />
  );
}

/** The display name, saved with its own button. */
function ProfileForm({ viewer }: { viewer: Viewer }) {
  const t = settingsWords.useT();
  const updateProfile = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const labels = { displayName: t('field.displayName') };
  const form = useForm({
    fields: PROFILE_FIELDS,
    initialValues: { displayName: viewer.displayName },
    validate: validateProfile,
    labels,
    targets: { displayName: 'settings-display-name' },
    onSubmit: async ({ displayName }) => {
      setSaved(false);
      await updateProfile({ displayName: displayName.trim() });
      setSaved(true);
    },
  });
  const set = (field: ProfileField) => (event: { target: { value: string } }) => {
    setSaved(false);
    form.change(field, { [field]: event.target.value });
  };
  return (
    <PageSection aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t('settings.profile')}</h2>
      <LanguageSetting />
      <form onSubmit={form.handleSubmit} noValidate>
        <Stack gap={4}>
          <FormSummary summary={form.summary} failedTitle={t('settings.saveFailed')} />
          <TextField
            id="settings-display-name"
            label={labels.displayName}
            hint={t('field.displayName.hint')}
            name="displayName"
            autoComplete="nickname"
            value={form.values.displayName}
            onChange={set('displayName')}
            error={form.messages.displayName}
            required
          />
          {saved ? (
            <Alert tone="success" live="status">
              <p>{t('settings.profileSaved')}</p>
            </Alert>
          ) : null}
          <div>
            <Button type="submit" busy={form.submitting}>
              {t('settings.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </PageSection>
  );
}

/** The current password proves it is the person; the API ends their other sessions. */
function PasswordForm() {
  const t = settingsWords.useT();
  const changePassword = useChangePassword();
  const [changed, setChanged] = useState(false);
  const labels = { currentPassword: t('settings.currentPassword'), newPassword: t('settings.newPassword') };
  const form = useForm({
    fields: PASSWORD_FIELDS,
    initialValues: { currentPassword: '', newPassword: '' },
    validate: validatePasswordChange,
    labels,
    targets: { currentPassword: 'settings-current-password', newPassword: 'settings-new-password' },
    onSubmit: async ({ currentPassword, newPassword }) => {
      setChanged(false);
      await changePassword(currentPassword, newPassword);
      form.reset({ currentPassword: '', newPassword: '' });
      setChanged(true);
    },
  });
  const set = (field: PasswordField) => (event: { target: { value: string } }) => {
    setChanged(false);
    form.change(field, { [field]: event.target.value });
  };
  return (
    <PageSection aria-labelledby="settings-password">
      <h2 id="settings-password">{t('settings.password')}</h2>
      <form onSubmit={form.handleSubmit} noValidate>
        <Stack gap={4}>
          <FormSummary summary={form.summary} failedTitle={t('settings.passwordFailed')} />
          <TextField
            id="settings-current-password"
            label={labels.currentPassword}
            type="password"
            name="currentPassword"
            autoComplete="current-password"
            value={form.values.currentPassword}
            onChange={set('currentPassword')}
            error={form.messages.currentPassword}
            required
          />
          <NewPasswordInput
            id="settings-new-password"
            label={labels.newPassword}
            name="newPassword"
            value={form.values.newPassword}
            onChange={set('newPassword')}
            error={form.messages.newPassword}
            required
          />
          {changed ? (
            <Alert tone="success" live="status">
              <p>{t('settings.passwordChanged')}</p>
            </Alert>
          ) : null}
          <div>
            <Button type="submit" busy={form.submitting}>
              {t('settings.changePassword')}
            </Button>
          </div>
        </Stack>
      </form>
    </PageSection>
  );
}

/** `/settings`: the signed-in person's display name, language, email notifications and password, and a link to their profile. */
export default function SettingsPage() {
  const t = settingsWords.useT();
  const { viewer } = useViewer();
  if (!viewer) return <LoadingBlock />;
  return (
    <Stack gap={5}>
      <Stack as="header" gap={2}>
        <PageHeading>{t('settings.title')}</PageHeading>
        <p>
          <Link to={`/people/${viewer.id}`}>{t('settings.yourProfile')}</Link>
        </p>
      </Stack>
      <ProfileForm viewer={viewer} />
      <EmailNotificationsSettings />
      <PasswordForm />
    </Stack>
  );
}
