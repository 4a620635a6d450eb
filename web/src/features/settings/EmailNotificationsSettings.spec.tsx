import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewer } from '../../fixtures';
import { MailSettingsDocument, MeDocument, UpdateMailSettingsDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import SettingsPage from './SettingsPage';

const paul = viewer('CUSTOMER', 'u-1', 'Paul Girard');
const me = { request: { query: MeDocument }, result: { data: { me: paul } }, delay: 0 };
const mailSettings = (timeZone: string) => ({
  request: { query: MailSettingsDocument },
  result: { data: { me: { __typename: 'User', id: 'u-1', emailFrequency: 'INSTANT', timeZone } } },
});

describe('SettingsPage: email notifications', () => {
  it('shows the saved choice, and saves a digest with the chosen time zone', async () => {
    const user = userEvent.setup();
    const saved = {
      request: { query: UpdateMailSettingsDocument, variables: { input: { emailFrequency: 'WEEKLY', timeZone: 'America/New_York' } } },
      result: { data: { updateProfile: { __typename: 'User', id: 'u-1', emailFrequency: 'WEEKLY', timeZone: 'America/New_York' } } },
    };
    renderPage(<SettingsPage />, { path: '/settings', url: '/settings', mocks: [me, mailSettings('Europe/Paris'), saved] as never });
    expect(await screen.findByRole('heading', { level: 2, name: 'Email notifications' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Each notification, as it happens' })).toBeChecked();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Paris');
    await user.click(screen.getByRole('radio', { name: 'A weekly digest, Mondays at 8:00' }));
    await user.selectOptions(screen.getByLabelText('Time zone'), 'America/New_York');
    await user.click(screen.getByRole('button', { name: 'Update email settings' }));
    expect(await screen.findByText('Your email settings are saved.')).toBeInTheDocument();
  }, 20_000); // the list holds every time zone the runtime knows (some 400 options)

  it('offers the device’s time zone while the profile still has the default', async () => {
    renderPage(<SettingsPage />, { path: '/settings', url: '/settings', mocks: [me, mailSettings('UTC')] as never });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await screen.findByLabelText('Time zone')).toHaveValue(zone);
    expect(screen.getByText(`Digests arrive at 8:00 in this time zone. This device is in ${zone}.`)).toBeInTheDocument();
  });
});
