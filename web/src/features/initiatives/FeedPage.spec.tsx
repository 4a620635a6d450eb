import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ChallengesDocument, InitiativeFeedDocument, SpaceBySlugDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import FeedPage from './FeedPage';

const space = {
  __typename: 'Space' as const,
  id: '5b7c6a4e-0000-4000-8000-000000000002',
  slug: 'internal',
  name: 'Initiatives internes',
  description: 'Employees share initiatives for our customers — or for colleagues.',
  kind: 'INTERNAL' as const,
  access: 'OPEN' as const,
  memberCount: 3,
  participantCount: 5,
};

const initiative = (n: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'Initiative' as const,
  id: `i-${n}`,
  title: `Initiative number ${n}`,
  status: 'SUBMITTED' as const,
  orientation: 'CUSTOMER' as const,
  tags: ['checkout'],
  voteCount: n,
  commentCount: 1,
  awaitingResponse: false,
  createdAt: new Date(Date.now() - n * 86_400_000).toISOString(),
  viewerHasVoted: false,
  viewerIsFollowing: false,
  followerCount: 1,
  author: { __typename: 'User' as const, id: 'u1', displayName: 'Camille Martin' },
  ...extra,
});

const page = (
  nodes: ReturnType<typeof initiative>[],
  endCursor: string | null,
  hasNextPage: boolean,
  totalCount = 3,
  totalCountExact = true,
) => ({
  initiatives: {
    __typename: 'InitiativeConnection' as const,
    totalCount,
    totalCountExact,
    pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
    nodes,
  },
});

const filter = { spaceId: space.id };
const mocks = [
  { request: { query: SpaceBySlugDocument, variables: { slug: 'internal' } }, result: { data: { space } } },
  {
    request: { query: InitiativeFeedDocument, variables: { filter, sort: 'NEWEST', first: 20 } },
    result: {
      data: page([initiative(1, { awaitingResponse: true, status: 'SUBMITTED' }), initiative(2, { status: 'IN_PROGRESS' })], 'c2', true),
    },
  },
  {
    request: { query: InitiativeFeedDocument, variables: { filter, sort: 'NEWEST', first: 20, after: 'c2' } },
    result: { data: page([initiative(3, { status: 'IMPLEMENTED' })], 'c3', false) },
  },
];

describe('FeedPage', () => {
  it('shows the space, its initiatives, and appends the next page on "Load more"', async () => {
    const user = userEvent.setup();
    renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal', mocks });

    expect(await screen.findByRole('heading', { level: 1, name: 'Initiatives internes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Propose an initiative' })).toHaveAttribute('href', '/s/internal/propose');
    const first = await screen.findByRole('link', { name: 'Initiative number 1' });
    expect(first).toHaveAttribute('href', '/i/i-1');
    expect(screen.getByText('3 initiatives')).toBeInTheDocument();
    expect(screen.getByText('Awaiting response')).toBeInTheDocument();
    const card = first.closest('article')!;
    expect(within(card).getByText('by Camille Martin')).toBeInTheDocument();
    expect(within(card).getByText('yesterday')).toBeInTheDocument();
    expect(within(card).getByText('1 vote')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Initiative number 3' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Initiative number 1' })).toBeInTheDocument(); // appended, not replaced
    expect(screen.getByRole('link', { name: 'Initiative number 3' })).toHaveFocus(); // focus continues at the new page
    expect(
      within(screen.getByRole('link', { name: 'Initiative number 3' }).closest('article')!).getByText('Implemented'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
  });

  it('says "10,000+" when the API stopped counting there, in both languages', async () => {
    const capped = [
      mocks[0],
      {
        request: { query: InitiativeFeedDocument, variables: { filter, sort: 'NEWEST', first: 20 } },
        result: { data: page([initiative(1)], 'c1', true, 10_000, false) },
      },
    ];
    const english = renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal', mocks: capped });
    expect(await screen.findByText('10,000+ initiatives')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 10,000+')).toBeInTheDocument();
    english.unmount();
    renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal', mocks: capped, locale: 'fr' });
    expect(await screen.findByText(/^10\s000\+ initiatives$/)).toBeInTheDocument();
  });

  it('speaks French when asked', async () => {
    renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal', mocks, locale: 'fr' });
    expect(await screen.findByRole('link', { name: 'Proposer une initiative' })).toBeInTheDocument();
    const card = (await screen.findByRole('link', { name: 'Initiative number 2' })).closest('article')!;
    expect(within(card).getByText('En cours')).toBeInTheDocument();
    expect(within(card).getByText('avant-hier')).toBeInTheDocument();
    expect(within(card).getByText('2 votes')).toBeInTheDocument();
    expect(screen.getByText('3 initiatives')).toBeInTheDocument();
  });

  it("waits for the space's live challenges, so they never push the filters and the list down", async () => {
    const challenge = {
      __typename: 'Challenge' as const,
      id: 'c-1',
      title: 'Quieter checkout lanes',
      briefHtml: '<p>Ideas for calmer queues.</p>',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      state: 'OPEN' as const,
      initiativeCount: 2,
      space: { __typename: 'Space' as const, id: space.id, name: space.name, slug: space.slug },
    };
    const challenges = {
      request: { query: ChallengesDocument, variables: { spaceId: space.id } },
      result: { data: { challenges: [challenge] } },
      delay: 60,
    };
    renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal', mocks: [...mocks, challenges] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Initiatives internes' })).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument(); // the header shows; what is below it waits
    const toolbar = await screen.findByRole('search');
    const heading = screen.getByRole('heading', { level: 2, name: /challenge/i });
    // Both arrived in one render, the challenges first in the page.
    expect(heading.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Quieter checkout lanes' })).toBeInTheDocument();
  });

  it('searches from the URL, ranks by relevance, marks the words, and links tags to the filtered feed', async () => {
    const user = userEvent.setup();
    const searched = [
      mocks[0],
      {
        request: {
          query: InitiativeFeedDocument,
          variables: { filter: { ...filter, search: 'velo', tag: 'checkout' }, sort: 'RELEVANCE', first: 20 },
        },
        result: { data: page([initiative(1, { title: 'Des vélos au parking' })], null, false, 1) },
      },
      {
        request: { query: InitiativeFeedDocument, variables: { filter, sort: 'NEWEST', first: 20 } },
        result: { data: page([initiative(2)], null, false, 1) },
      },
    ];
    renderPage(<FeedPage />, { path: '/s/:slug', url: '/s/internal?q=velo&tag=checkout', mocks: searched });

    const title = await screen.findByRole('link', { name: /Des\s+vélos\s+au parking/ });
    expect(title.querySelector('mark')).toHaveTextContent('vélos');
    expect(screen.getByRole('searchbox', { name: 'Search initiatives' })).toHaveValue('velo');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('RELEVANCE');
    expect(screen.getByText('1 initiative matches “velo”')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show initiatives tagged checkout' })).toHaveAttribute('href', '/s/internal?tag=checkout');

    await user.click(screen.getByRole('button', { name: /Clear filters/ }));
    expect(await screen.findByRole('link', { name: 'Initiative number 2' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search initiatives' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Remove the tag filter checkout' })).not.toBeInTheDocument();
  });

  it('shows a not-found page for a space that is hidden or missing', async () => {
    renderPage(<FeedPage />, {
      path: '/s/:slug',
      url: '/s/secret',
      mocks: [
        {
          request: { query: SpaceBySlugDocument, variables: { slug: 'secret' } },
          result: { errors: [{ message: 'This space was not found.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
