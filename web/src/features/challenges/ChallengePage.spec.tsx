import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';

import { ChallengeDocument, ChallengeInitiativesDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import ChallengePage from './ChallengePage';

const answers = {
  request: { query: ChallengeInitiativesDocument, variables: { challengeId: 'ch-1', first: 50 } },
  result: { data: { initiatives: { __typename: 'InitiativeConnection', totalCount: 0, nodes: [] } } },
  delay: 0,
};

const open = (mocks: object[]) =>
  renderPage(<ChallengePage />, { path: '/challenges/:id', url: '/challenges/ch-1', mocks: mocks as never });

describe('ChallengePage', () => {
  it('asks the API for this one challenge', async () => {
    const challenge = {
      __typename: 'Challenge',
      id: 'ch-1',
      title: 'Quieter tills',
      briefHtml: '<p>How could the tills beep less?</p>',
      opensAt: '2026-01-01T09:00:00.000Z',
      closesAt: '2026-02-01T09:00:00.000Z',
      state: 'CLOSED',
      initiativeCount: 0,
      space: { __typename: 'Space', id: 's-1', name: 'Stores', slug: 'stores' },
    };
    open([{ request: { query: ChallengeDocument, variables: { id: 'ch-1' } }, result: { data: { challenge } }, delay: 0 }, answers]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Quieter tills');
    expect(screen.getByRole('link', { name: 'Stores' })).toHaveAttribute('href', '/s/stores');
  });

  it('shows the not-found page for a challenge in a hidden space (NOT_FOUND)', async () => {
    const hidden = new GraphQLError('Challenge not found.', { path: ['challenge'], extensions: { code: 'NOT_FOUND' } });
    open([
      {
        request: { query: ChallengeDocument, variables: { id: 'ch-1' } },
        result: { data: { challenge: null }, errors: [hidden] },
        delay: 0,
      },
      answers,
    ]);
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });
});
