import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewer } from '../../fixtures';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import ForgotPasswordPage from './ForgotPasswordPage';
import ResetPasswordPage from './ResetPasswordPage';

describe('forgotten password', () => {
  it('sends the link and says the same whether the account exists or not', async () => {
    const user = userEvent.setup();
    renderPage(<ForgotPasswordPage />, {
      path: '/forgot-password',
      url: '/forgot-password',
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'paul@example.test' } },
          result: { data: { requestPasswordReset: true } },
        },
      ] as never,
    });
    await user.type(screen.getByLabelText('Email'), ' paul@example.test ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(
      await screen.findByText('If an account uses paul@example.test, a link is on its way. It works once, for a limited time.'),
    ).toBeInTheDocument();
  });

  it('says when a mailed link has expired, in French too, and offers a new one', async () => {
    const user = userEvent.setup();
    const refused = {
      request: { query: ResetPasswordDocument, variables: { token: 'old-token', password: 'a-brand-new-password' } },
      result: {
        errors: [
          {
            message: 'This link has expired or was already used: ask for a new one.',
            extensions: { code: 'BAD_USER_INPUT', fields: { token: 'This link has expired or was already used: ask for a new one.' } },
          },
        ],
      },
    };
    renderPage(<ResetPasswordPage />, {
      path: '/reset-password/:token',
      url: '/reset-password/old-token',
      mocks: [refused] as never,
      locale: 'fr',
    });
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'a-brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et se connecter' }));
    expect(await screen.findByText('Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute('href', '/forgot-password');
  });

  it('sets the new password and signs in', async () => {
    const user = userEvent.setup();
    const accepted = {
      request: { query: ResetPasswordDocument, variables: { token: 'fresh-token', password: 'a-brand-new-password' } },
      result: { data: { resetPassword: { __typename: 'AuthPayload', user: viewer('CUSTOMER', 'u-1', 'Paul Girard') } } },
    };
    renderPage(<ResetPasswordPage />, {
      path: '/reset-password/:token',
      url: '/reset-password/fresh-token',
      mocks: [accepted] as never,
      elsewhere: { '/': 'home page' },
    });
    await user.type(screen.getByLabelText('New password'), 'a-brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByText('home page')).toBeInTheDocument();
  });
});
