import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import SignInPage from '../../features/auth/SignInPage';
import { viewer } from '../../fixtures';
import { MeDocument, SignInDocument, UpdateLocaleDocument } from '../../gql/graphql';
import { LOCALE_STORAGE_KEY } from '../../i18n/locale';
import { renderPage } from '../../testing';
import { LanguageSwitch } from './LanguageSwitch';

const me = (person: ReturnType<typeof viewer> | null) => ({ request: { query: MeDocument }, result: { data: { me: person } }, delay: 0 });

beforeEach(() => localStorage.clear());

describe('LanguageSwitch', () => {
  it('saves a signed-in person’s choice, so the API writes their notifications in it', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { updateProfile: { __typename: 'User', id: 'u-viewer', locale: 'fr' } } }));
    renderPage(<p>page</p>, {
      path: '/',
      url: '/',
      mocks: [
        me(viewer('EMPLOYEE')),
        { request: { query: UpdateLocaleDocument, variables: { input: { locale: 'fr' } } }, result: saved, delay: 0 },
      ],
      chrome: <LanguageSwitch />,
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    await user.click(screen.getByRole('button', { name: 'FR' }));
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('only changes this device when nobody is signed in', async () => {
    const user = userEvent.setup();
    renderPage(<p>page</p>, { path: '/', url: '/', mocks: [me(null)], chrome: <LanguageSwitch /> });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    await user.click(screen.getByRole('button', { name: 'FR' }));
    expect(document.documentElement.lang).toBe('fr');
  });
});

describe('signing in', () => {
  const signIn = (locale: string) => ({
    request: { query: SignInDocument, variables: { input: { email: 'c@redchair.test', password: 'correct horse' } } },
    result: { data: { signIn: { __typename: 'AuthPayload', user: { ...viewer('EMPLOYEE'), locale } } } },
    delay: 0,
  });

  async function submit(locale: string) {
    const user = userEvent.setup();
    renderPage(<SignInPage />, { path: '/sign-in', url: '/sign-in', mocks: [signIn(locale)], elsewhere: { '/': 'home page' } });
    await user.type(screen.getByLabelText(/Email/), 'c@redchair.test');
    await user.type(screen.getByLabelText(/Password/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('home page');
  }

  it('takes the person’s saved language when none was chosen on this device', async () => {
    await submit('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
  });

  it('keeps the language chosen on this device', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    await submit('fr');
    expect(document.documentElement.lang).toBe('en');
  });
});
