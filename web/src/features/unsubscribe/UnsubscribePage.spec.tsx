import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderPage } from '../../testing';
import UnsubscribePage from './UnsubscribePage';

const TOKEN = `0b6f0c5e-4f5e-4e8e-9d6a-2f7f3c1a9e11.3.${'a'.repeat(43)}`;

function open(token: string, status: number) {
  const fetchMock = jest.fn().mockResolvedValue({ ok: status === 200, status });
  global.fetch = fetchMock as unknown as typeof fetch;
  renderPage(<UnsubscribePage />, { path: '/unsubscribe/:token', url: `/unsubscribe/${token}`, mocks: [] });
  return fetchMock;
}

describe('UnsubscribePage', () => {
  it('changes nothing on opening; the button posts the one-click unsubscribe, then confirms', async () => {
    const user = userEvent.setup();
    const fetchMock = open(TOKEN, 200);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stop notification mail' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You are unsubscribed' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/unsubscribe/${TOKEN}`, expect.objectContaining({ method: 'POST' }));
    expect(screen.getByRole('link', { name: 'Choose another frequency in Settings' })).toHaveAttribute(
      'href',
      '/settings#email-notifications',
    );
  });

  it('says a link from an older mail does nothing now', async () => {
    const user = userEvent.setup();
    open(TOKEN, 410);
    await user.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByText(/This link comes from an older mail/)).toBeInTheDocument();
  });

  it('explains a cut or altered link at once, without asking the server', async () => {
    const fetchMock = open('not-a-token', 400);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
