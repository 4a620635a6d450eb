import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewer } from '../../fixtures';
import { MeDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import { rememberViewer } from '../auth/rememberedViewer';
import { Layout } from './Layout';

const marc = viewer('MANAGER', 'u-marc', 'Marc Lefèvre');

function Shell() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="*" element={<p>page</p>} />
      </Route>
    </Routes>
  );
}

const render = (mocks: object[]) => renderPage(<Shell />, { path: '*', url: '/', mocks: mocks as never });

describe('Layout header', () => {
  afterEach(() => localStorage.clear());

  it('shows the person last signed in here, not "Sign in", while `me` loads', async () => {
    rememberViewer({ ...marc, email: 'marc@redchair.test' });
    expect(localStorage.getItem('redchair:header-viewer:v1')).not.toContain('marc@redchair.test'); // no email kept
    render([{ request: { query: MeDocument }, result: { data: { me: marc } }, delay: 300 }]);
    expect(screen.getByRole('button', { name: /Marc Lefèvre/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Notifications/ })).toBeInTheDocument(); // `me` answered
  });

  it('keeps the person and says the connection is lost when the API cannot be reached', async () => {
    rememberViewer({ ...marc, email: null });
    render([{ request: { query: MeDocument }, error: new Error('Failed to fetch'), delay: 0 }]);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Connection lost/);
    expect(screen.getByRole('button', { name: /Marc Lefèvre/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('forgets the person once the API says nobody is signed in', async () => {
    rememberViewer({ ...marc, email: null });
    render([{ request: { query: MeDocument }, result: { data: { me: null } }, delay: 0 }]);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(localStorage.getItem('redchair:header-viewer:v1')).toBeNull();
  });

  it('folds the nav behind a menu button: focus moves in, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render([{ request: { query: MeDocument }, result: { data: { me: marc } }, delay: 0 }]);
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(nav).toHaveAccessibleName('Main navigation');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('link', { name: 'Spaces' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });
});
