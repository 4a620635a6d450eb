import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import { PAGINATION } from '@red-chair/domain';

import { viewer } from '../../fixtures';
import { AwardsDocument, CreateAwardDocument, HallOfFameDocument, MeDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import HallOfFamePage from './HallOfFamePage';

const award = (id: string, name: string, description = '') => ({ __typename: 'Award' as const, id, name, description });
const me = (role: 'EMPLOYEE' | 'MANAGER') => ({ request: { query: MeDocument }, result: { data: { me: viewer(role) } }, delay: 0 });
const fame = {
  request: { query: HallOfFameDocument, variables: { first: PAGINATION.defaultFirst } },
  result: {
    data: {
      hallOfFame: {
        __typename: 'AwardGrantConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes: [],
      },
    },
  },
  delay: 0,
};
const awards = {
  request: { query: AwardsDocument },
  result: { data: { awards: [award('a-1', 'Customer hero', 'Put the customer first.')] } },
  delay: 0,
};
const create = (name: string, result: object) => ({
  request: { query: CreateAwardDocument, variables: { input: { name, description: '' } } },
  result,
  delay: 0,
});

const open = (mocks: object[]) => renderPage(<HallOfFamePage />, { path: '/hall-of-fame', url: '/hall-of-fame', mocks: mocks as never });

async function submit(user: UserEvent, name: string) {
  await user.type(await screen.findByLabelText(/^Name/), name);
  await user.click(screen.getByRole('button', { name: 'Create the award' }));
}

describe('awards catalogue on the hall of fame', () => {
  it('is not there for people who cannot grant awards', async () => {
    open([me('EMPLOYEE'), fame]);
    await screen.findByText('No award granted yet');
    expect(screen.queryByRole('heading', { name: 'Awards you can grant' })).not.toBeInTheDocument();
  });

  it('lets a manager create an award, which joins the catalogue', async () => {
    const user = userEvent.setup();
    open([me('MANAGER'), fame, awards, create('Quiet helper', { data: { createAward: award('a-2', 'Quiet helper') } })]);
    const section = (await screen.findByRole('heading', { name: 'Awards you can grant' })).closest('section')!;
    await within(section).findByText('Customer hero');
    await submit(user, '  Quiet helper ');
    expect(await screen.findByText('“Quiet helper” created. Managers can grant it now.')).toBeInTheDocument();
    expect(within(section).getByText('Quiet helper')).toBeInTheDocument();
  });

  it('says a taken name next to the name field (CONFLICT)', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError('An award with this name already exists.', { extensions: { code: 'CONFLICT' } });
    open([me('MANAGER'), fame, awards, create('customer hero', { errors: [conflict] })]);
    await screen.findByText('Customer hero');
    await submit(user, 'customer hero');
    const name = await screen.findByLabelText(/^Name/);
    await waitFor(() => expect(name).toBeInvalid());
    expect(name).toHaveAccessibleDescription(expect.stringContaining('An award named “customer hero” already exists.'));
    await user.type(name, 'es');
    expect(name).toBeValid();
  });

  it('checks the name before sending', async () => {
    const user = userEvent.setup();
    open([me('MANAGER'), fame, awards]);
    await screen.findByText('Customer hero');
    await submit(user, 'A');
    expect(await screen.findByLabelText(/^Name/)).toBeInvalid();
    expect(screen.getAllByText('Use 2 to 80 characters.').length).toBeGreaterThan(0);
  });
});
