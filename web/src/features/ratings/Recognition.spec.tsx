import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { initiative, person, viewer } from '../../fixtures';
import { AwardsDocument, GrantAwardDocument, InitiativePageDocument, MeDocument, RateInitiativeDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import InitiativePage from '../initiatives/InitiativePage';

const manager = viewer('MANAGER', 'u-manager', 'Marc Lefèvre');
const customer = viewer('CUSTOMER', 'u-customer', 'Paul Girard');
const me = (person: ReturnType<typeof viewer>) => ({ request: { query: MeDocument }, result: { data: { me: person } }, delay: 0 });
const page = (data: ReturnType<typeof initiative>) => ({
  request: { query: InitiativePageDocument, variables: { id: 'i-1' } },
  result: { data: { initiative: data } },
  delay: 0,
});
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));

async function open(person: ReturnType<typeof viewer>, data: ReturnType<typeof initiative>, more: object[] = []) {
  renderPage(<InitiativePage />, { path: '/i/:id', url: '/i/i-1', mocks: [me(person), page(data), ...more] as never });
  await screen.findByRole('heading', { level: 1, name: data.title });
  await settle();
}

const prototype = (extra: Record<string, unknown> = {}) =>
  initiative({ status: 'IN_PROGRESS', ratingAverage: 2.4, ratingCount: 31, ...extra });

describe('co-design ratings', () => {
  it('shows the average, the count and the review banner with the space’s numbers', async () => {
    await open(customer, prototype({ needsReview: true }));
    expect(screen.getByText('2.4 / 5')).toBeInTheDocument();
    expect(screen.getByText('from 31 ratings')).toBeInTheDocument();
    expect(screen.getByText('Needs review')).toBeInTheDocument();
    expect(screen.getByText(/At least 25 people rated it and the average is below 3\.0 \/ 5/)).toBeInTheDocument();
  });

  it('is absent outside co-design (an internal space, or an idea not yet built)', async () => {
    await open(customer, initiative({ status: 'SUBMITTED' }));
    expect(screen.queryByRole('radiogroup', { name: 'Your rating' })).not.toBeInTheDocument();
  });

  it('asks for stars first, then sends the rating with its comment and shows the new average', async () => {
    const user = userEvent.setup();
    const rated = {
      __typename: 'Initiative',
      id: 'i-1',
      status: 'IN_PROGRESS',
      ratingAverage: 2.5,
      ratingCount: 32,
      viewerRating: 4,
      needsReview: true,
      space: prototype().space,
    };
    await open(customer, prototype(), [
      {
        request: {
          query: RateInitiativeDocument,
          variables: { input: { initiativeId: 'i-1', stars: 4, comment: 'Bigger buttons please' } },
        },
        result: { data: { rateInitiative: rated } },
      },
    ]);
    const group = screen.getByRole('radiogroup', { name: 'Your rating' });
    within(group)
      .getAllByRole('radio')
      .forEach((radio, index) => expect(radio).toHaveAccessibleName(index ? `${index + 1} stars` : '1 star'));
    await user.click(screen.getByRole('button', { name: 'Rate' }));
    expect(screen.getByText('Choose from 1 to 5 stars.')).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: '4 stars' }));
    await user.type(screen.getByRole('textbox', { name: /Comment/ }), '  Bigger buttons please ');
    await user.click(screen.getByRole('button', { name: 'Rate' }));
    await waitFor(() => expect(screen.getByText('Thank you: your rating of 4 stars is saved.')).toBeInTheDocument());
    expect(screen.getByText('2.5 / 5')).toBeInTheDocument();
    expect(screen.getByText('from 32 ratings')).toBeInTheDocument();
  });
});

describe('awards on an initiative', () => {
  const held = initiative({
    awards: [
      {
        __typename: 'AwardGrant',
        id: 'g-1',
        citation: 'Turned every complaint into a callback.',
        grantedAt: '2026-11-18T09:00:00.000Z',
        award: { __typename: 'Award', id: 'a-1', name: 'Customer Hero' },
        grantedBy: person('u-manager', 'Marc Lefèvre'),
      },
    ],
  });

  it('shows each award with its citation and granter; only managers see "Grant an award"', async () => {
    await open(customer, held);
    const section = screen.getByRole('region', { name: 'Awards' });
    expect(within(section).getByText('Customer Hero')).toBeInTheDocument();
    expect(within(section).getByText('Turned every complaint into a callback.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Marc Lefèvre' })).toHaveAttribute('href', '/people/u-manager');
    expect(screen.queryByRole('button', { name: 'Grant an award' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });

  it('validates the grant dialog (award chosen, citation 10–1000) before sending, then reports the grant', async () => {
    const user = userEvent.setup();
    const granted = {
      __typename: 'AwardGrant',
      id: 'g-2',
      initiative: {
        __typename: 'Initiative',
        id: 'i-1',
        awards: [
          {
            __typename: 'AwardGrant',
            id: 'g-2',
            citation: 'A callback within 48 hours.',
            grantedAt: '2026-11-20T09:00:00.000Z',
            award: { __typename: 'Award', id: 'a-2', name: 'Silver Lab pick' },
            grantedBy: person('u-manager', 'Marc Lefèvre'),
          },
        ],
      },
    };
    await open(manager, initiative(), [
      {
        request: { query: AwardsDocument },
        result: {
          data: { awards: [{ __typename: 'Award', id: 'a-2', name: 'Silver Lab pick', description: 'Chosen by our seniors’ panel' }] },
        },
        delay: 0,
      },
      {
        request: {
          query: GrantAwardDocument,
          variables: { input: { awardId: 'a-2', initiativeId: 'i-1', citation: 'A callback within 48 hours.' } },
        },
        result: { data: { grantAward: granted } },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Grant an award' }));
    const award = await screen.findByRole('combobox', { name: 'Award' });
    const citation = screen.getByRole('textbox', { name: 'Citation' });
    await user.type(citation, 'Too short');
    await user.click(screen.getByRole('button', { name: 'Grant' }));
    expect(citation).toHaveAttribute('aria-invalid', 'true');
    expect(award).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('2 fields need your attention')).toBeInTheDocument();

    await user.selectOptions(award, 'a-2');
    await user.clear(citation);
    await user.type(citation, 'A callback within 48 hours.');
    await user.click(screen.getByRole('button', { name: 'Grant' }));
    await waitFor(() => expect(screen.getByText('“Silver Lab pick” granted. The author and the followers are told.')).toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Awards' })).getByText('A callback within 48 hours.')).toBeInTheDocument();
    // The granter may revoke.
    expect(screen.getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
  });
});
