import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewer } from '../../fixtures';
import { ChangePasswordDocument, MeDocument, UpdateLocaleDocument, UpdateProfileDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import SettingsPage from './SettingsPage';

const paul = viewer('CUSTOMER', 'u-1', 'Paul Girard');
const me = { request: { query: MeDocument }, result: { data: { me: paul } }, delay: 0 };

function open(mocks: object[] = []) {
  renderPage(<SettingsPage />, { path: '/settings', url: '/settings', mocks: [me, ...mocks] as never });
}

describe('SettingsPage', () => {
  it('saves the display name, and applies and saves the language as soon as it is chosen', async () => {
    const user = userEvent.setup();
    open([
      {
        request: { query: UpdateProfileDocument, variables: { input: { displayName: 'Paul G.' } } },
        result: { data: { updateProfile: { __typename: 'User', id: 'u-1', displayName: 'Paul G.', locale: 'en' } } },
      },
      {
        request: { query: UpdateLocaleDocument, variables: { input: { locale: 'fr' } } },
        result: { data: { updateProfile: { __typename: 'User', id: 'u-1', locale: 'fr' } } },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'See your public profile' })).toHaveAttribute('href', '/people/u-1');
    const name = screen.getByLabelText('Display name');
    await user.clear(name);
    await user.type(name, '  Paul G. ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your profile is saved.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(screen.getByLabelText('Langue')).toHaveValue('fr');
  });

  it('refuses an empty name before sending', async () => {
    const user = userEvent.setup();
    open();
    await user.clear(await screen.findByLabelText('Display name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: /Display name/ })).toBeInTheDocument(); // in the error summary
  });

  it('changes the password, and shows the API’s word when the current one is wrong', async () => {
    const user = userEvent.setup();
    const refused = {
      request: { query: ChangePasswordDocument, variables: { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' } },
      result: {
        errors: [
          {
            message: 'Some fields need your attention.',
            extensions: { code: 'BAD_USER_INPUT', fields: { currentPassword: 'is not your current password' } },
          },
        ],
      },
    };
    const accepted = {
      request: { query: ChangePasswordDocument, variables: { currentPassword: 'my-old-password', newPassword: 'a-brand-new-password' } },
      result: { data: { changePassword: true } },
    };
    open([refused, accepted]);
    await user.type(await screen.findByLabelText('Current password'), 'not-my-password');
    await user.type(screen.getByLabelText('New password'), 'a-brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findAllByText(/is not your current password/)).not.toHaveLength(0);

    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), 'my-old-password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password is changed. Your other sessions are signed out.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveValue(''));
  }, 20_000); // typing four passwords key by key is slow on a loaded machine
});
