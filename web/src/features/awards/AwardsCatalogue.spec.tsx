import { PAGINATION } from '@red-chair/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { viewer } from '../../fixtures';
import { AwardsDocument, CreateAwardDocument, HallOfFameDocument, MeDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import HallOfFamePage from './HallOfFamePage';

const award = (id: string, name: string, description = '') => ({ __typename: 'Award' as const, id, name, description });
const me = (role: 'EMPLOYEE' | 'MANAGER') => ({ request: { query: MeDocument }, result: { data: { me: viewer(role) } }, delay: 0 });
const fame = {
  request: { query: HallOfFameDocument, variables: { first: PAGINATION.defaultFirst } },
  result: { data: { hallOfFame: { __typename: 'AwardGrantConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes: [] } } },
  delay: 0,
};
const awards = { request: { query: AwardsDocument }, result: { data: { awards: [award('a-1', 'Customer hero', 'Put the customer first.')] } }, delay: 0 };
const create = (name: string, result: object) => ({ request: { query: CreateAwardDocument, variables: { input: { name, description: '' } } }, result, delay: 0 });

const open = (mocks: object[]) => renderPage(<HallOfFamePage />, { path: '/hall-of-fame', url: '/hall-of-fame', mocks: mocks as never });

async function submit(name: string) {
  fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: name } });
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Create the award' })));
}

describe('awards catalogue on the hall of fame', () => {
  it('is not there for people who cannot grant awards', async () => {
    open([me('EMPLOYEE'), fame]);
    await screen.findByText('No award granted yet');
    expect(screen.queryByRole('heading', { name: 'Awards you can grant' })).toBeNull();
  });

  it('lets a manager create an award, which joins the catalogue', async () => {
    open([me('MANAGER'), fame, awards, create('Quiet helper', { data: { createAward: award('a-2', 'Quiet helper') } })]);
    const section = (await screen.findByRole('heading', { name: 'Awards you can grant' })).closest('section')!;
    await within(section).findByText('Customer hero');
    await submit('  Quiet helper ');
    expect(await screen.findByText('“Quiet helper” created. Managers can grant it now.')).toBeTruthy();
    expect(within(section).getByText('Quiet helper')).toBeTruthy();
  });

  it('says a taken name next to the name field (CONFLICT)', async () => {
    const conflict = new GraphQLError('An award with this name already exists.', { extensions: { code: 'CONFLICT' } });
    open([me('MANAGER'), fame, awards, create('customer hero', { errors: [conflict] })]);
    await screen.findByText('Customer hero');
    await submit('customer hero');
    const name = await screen.findByLabelText(/^Name/);
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const described = name.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('An award named “customer hero” already exists.');
    fireEvent.change(name, { target: { value: 'customer heroes' } });
    expect(name.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('checks the name before sending', async () => {
    open([me('MANAGER'), fame, awards]);
    await screen.findByText('Customer hero');
    await submit('A');
    expect((await screen.findByLabelText(/^Name/)).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Use 2 to 80 characters.').length).toBeGreaterThan(0);
  });
});
