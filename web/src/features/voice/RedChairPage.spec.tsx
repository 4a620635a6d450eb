import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewer } from '../../fixtures';
import { CustomerVoiceDocument, MeDocument, SpaceOptionsDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import RedChairPage from './RedChairPage';

const DAY = 24 * 3600 * 1000;
const space = { __typename: 'Space' as const, id: 's-1', name: 'Customer club' };
const idea = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Initiative' as const,
  id,
  title,
  space,
  author: { __typename: 'User' as const, id: 'u-ann', displayName: 'Ann Martin' },
  ...extra,
});

const voice = {
  __typename: 'CustomerVoice' as const,
  from: '2026-11-23T10:00:00.000Z',
  to: '2026-11-30T10:00:00.000Z',
  space: null,
  counts: { __typename: 'CustomerVoiceCounts' as const, proposed: 12, answered: 5, implemented: 1, votes: 48, comments: 9 },
  newCustomerInitiativeCount: 0,
  newCustomerInitiatives: [],
  mostSupportedWithVotes: [],
  overdueCount: 1,
  overdue: [idea('i-late', 'Open two more tills on Saturdays', { responseDueAt: new Date(Date.now() - 3 * DAY - 3600_000).toISOString() })],
  needingReview: [],
  implemented: [],
  customerQuotes: [
    {
      __typename: 'Comment' as const,
      id: 'c-1',
      body: 'The queue takes longer than the shopping.',
      createdAt: '2026-11-28T10:00:00.000Z',
      author: { __typename: 'User' as const, id: 'u-bob', displayName: 'Bob Lefèvre' },
      initiative: { __typename: 'Initiative' as const, id: 'i-late', title: 'Open two more tills on Saturdays' },
    },
  ],
};

const mocks = (role: 'MANAGER' | 'CUSTOMER') => [
  { request: { query: MeDocument }, result: { data: { me: viewer(role) } }, delay: 0 },
  { request: { query: SpaceOptionsDocument }, result: { data: { spaces: [{ ...space, slug: 'club' }] } }, delay: 0 },
  {
    request: { query: CustomerVoiceDocument, variables: { spaceId: null, from: null, to: null } },
    result: { data: { customerVoice: voice } },
    delay: 0,
  },
];

const open = (role: 'MANAGER' | 'CUSTOMER') =>
  renderPage(<RedChairPage />, {
    path: '/red-chair',
    url: '/red-chair',
    mocks: mocks(role) as never,
    elsewhere: { '/insights': 'Insights page' },
  });

const slideHeading = () => screen.getByRole('region').querySelector('h2')?.textContent;

describe('RedChairPage', () => {
  it('opens on the week in figures, moves with the keyboard and says where it is', async () => {
    open('MANAGER');
    await screen.findByText('48');
    expect(slideHeading()).toBe("The customer's voice");
    expect(screen.getByText('ideas proposed')).toBeInTheDocument();
    expect(screen.getByText('1 / 7')).toBeInTheDocument();

    await userEvent.keyboard('{ArrowRight}');
    expect(slideHeading()).toBe('New customer ideas');
    expect(screen.getByText('No new customer idea in this period.')).toBeInTheDocument(); // empty, said kindly
    expect(screen.getByText('Slide 2 of 7: New customer ideas')).toHaveAttribute('aria-live', 'polite');

    await userEvent.keyboard('{PageDown}{PageDown}');
    expect(slideHeading()).toBe('Overdue for an answer');
    expect(screen.getByText('3 days late')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open two more tills on Saturdays' })).toHaveAttribute('href', '/i/i-late');

    await userEvent.keyboard('{End}');
    expect(slideHeading()).toBe('In their own words');
    expect(screen.getByText('The queue takes longer than the shopping.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();

    await userEvent.keyboard('{Home}');
    expect(slideHeading()).toBe("The customer's voice");
  });

  it('leaves with Escape, to the insights when opened directly, even after choosing another period', async () => {
    open('MANAGER');
    await screen.findByText('48');
    await userEvent.selectOptions(screen.getByLabelText('Period'), '30d');
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByText('Insights page')).toBeInTheDocument();
  });

  it('keeps arrow keys for the period select', async () => {
    open('MANAGER');
    await screen.findByText('48');
    screen.getByLabelText('Period').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(slideHeading()).toBe("The customer's voice");
  });

  it('is not for customers', async () => {
    open('CUSTOMER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
  });
});
