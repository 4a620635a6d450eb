import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { RoadmapColumnDocument, SpaceBySlugDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import RoadmapPage from './RoadmapPage';

const space = {
  __typename: 'Space' as const,
  id: '5b7c6a4e-0000-4000-8000-000000000001',
  slug: 'community',
  name: 'Customer community',
  description: 'Customers and teams co-design the shop of tomorrow.',
  kind: 'COMMUNITY' as const,
  access: 'OPEN' as const,
  memberCount: 12,
  participantCount: 5,
  responseSlaDays: 14,
};

const card = (id: string, title: string, voteCount: number, tags: string[] = []) => ({
  __typename: 'Initiative' as const,
  id,
  title,
  voteCount,
  tags,
});

const column = (
  status: string,
  nodes: ReturnType<typeof card>[],
  { after, endCursor = null, hasNextPage = false, total = nodes.length } = {} as {
    after?: string;
    endCursor?: string | null;
    hasNextPage?: boolean;
    total?: number;
  },
) => ({
  request: {
    query: RoadmapColumnDocument,
    variables: { filter: { spaceId: space.id, status: [status] }, first: 10, ...(after ? { after } : {}) },
  },
  result: {
    data: {
      initiatives: {
        __typename: 'InitiativeConnection' as const,
        totalCount: total,
        totalCountExact: true,
        pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
        nodes,
      },
    },
  },
});

describe('RoadmapPage', () => {
  it('shows a column per status, most voted first, each with its heading, count and "load more"', async () => {
    const user = userEvent.setup();
    renderPage(<RoadmapPage />, {
      path: '/s/:slug/roadmap',
      url: '/s/community/roadmap',
      mocks: [
        { request: { query: SpaceBySlugDocument, variables: { slug: 'community' } }, result: { data: { space } } },
        column('UNDER_REVIEW', [card('i-1', 'Paper receipts only on request', 12, ['tills'])], {
          endCursor: 'c1',
          hasNextPage: true,
          total: 2,
        }),
        column('UNDER_REVIEW', [card('i-2', 'Quieter checkout lanes', 3)], { after: 'c1', total: 2 }),
        column('SELECTED', [card('i-3', 'Repair café on Saturdays', 40)]),
        column('IN_PROGRESS', []),
        column('IMPLEMENTED', [card('i-4', 'Free water at the tills', 25)]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Roadmap' })).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Under review' });
    expect(await within(review).findByRole('link', { name: 'Paper receipts only on request' })).toHaveAttribute('href', '/i/i-1');
    expect(within(review).getByText('12 votes')).toBeInTheDocument();
    expect(within(review).getByText('2 initiatives')).toBeInTheDocument();
    expect(within(review).getByRole('link', { name: 'Show initiatives tagged tills' })).toHaveAttribute('href', '/s/community?tag=tills');
    expect(await within(screen.getByRole('region', { name: 'Selected' })).findByText('Repair café on Saturdays')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'In progress' })).findByText('Nothing in progress yet.')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Implemented' })).findByText('Free water at the tills')).toBeInTheDocument();

    await user.click(within(review).getByRole('button', { name: 'Load more (Under review)' }));
    expect(await within(review).findByRole('link', { name: 'Quieter checkout lanes' })).toHaveFocus();
    expect(within(review).queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });
});
