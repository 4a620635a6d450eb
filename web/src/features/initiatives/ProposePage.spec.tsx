import { act, fireEvent, screen, within } from '@testing-library/react';
import { ProposeInitiativeDocument, SpaceBySlugDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import ProposePage from './ProposePage';

const space = {
  __typename: 'Space' as const,
  id: '5b7c6a4e-0000-4000-8000-000000000001',
  slug: 'community',
  name: 'Customer community',
  description: 'Customers and teams co-design the shop of tomorrow.',
  kind: 'COMMUNITY' as const,
  access: 'OPEN' as const,
  memberCount: 12,
};

const spaceMock = { request: { query: SpaceBySlugDocument, variables: { slug: 'community' } }, result: { data: { space } } };

const input = {
  spaceId: space.id,
  title: 'Ask the community first',
  body: 'Before we change a product range.',
  orientation: 'CUSTOMER' as const,
  tags: ['range', 'community'],
};

async function open(mocks: object[] = []) {
  renderPage(<ProposePage />, {
    path: '/s/:slug/propose',
    url: '/s/community/propose',
    mocks: [spaceMock, ...mocks] as never,
    elsewhere: { '/i/:id': 'initiative page' },
  });
  return screen.findByRole('heading', { level: 1, name: 'Propose an initiative' });
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const publish = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Publish' })));

describe('ProposePage', () => {
  it('labels every field, with the contract’s names', async () => {
    await open();
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Description' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Tags/ })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Who does it serve?' });
    expect(within(group).getByRole('radio', { name: 'Customers' })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: 'Colleagues' })).toBeTruthy();
  });

  it('checks the domain limits before sending, next to each field and in a summary', async () => {
    await open();
    type('Title', 'abc');
    type(/^Tags/, 'one, two words, three');
    await publish();

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('3 fields need your attention');
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toContain('Use 5 to 140 characters.');
    const body = screen.getByRole('textbox', { name: 'Description' });
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /^Tags/ }).getAttribute('aria-invalid')).toBe('true');
    expect(summary.textContent).toContain('“two words” is not a valid tag');

    // Fixing a field clears its message as the person types.
    type('Title', 'A better title');
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the server’s field messages next to the matching fields', async () => {
    await open([
      {
        request: { query: ProposeInitiativeDocument, variables: { input } },
        result: {
          errors: [
            {
              message: 'Some fields need your attention.',
              extensions: { code: 'BAD_USER_INPUT', fields: { title: 'is already used in this space' } },
            },
          ],
        },
      },
    ]);
    type('Title', input.title);
    type('Description', input.body);
    type(/^Tags/, 'Range, community');
    await publish();

    const title = await screen.findByRole('textbox', { name: 'Title', description: /Title is already used in this space\./ });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('1 field needs your attention');
  });

  it('publishes and opens the new initiative', async () => {
    const created = {
      __typename: 'Initiative' as const,
      id: '5b7c6a4e-0000-4000-8000-0000000000aa',
      title: input.title,
      body: input.body,
      status: 'SUBMITTED' as const,
      orientation: 'CUSTOMER' as const,
      tags: input.tags,
      voteCount: 0,
      commentCount: 0,
      followerCount: 1,
      awaitingResponse: false,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
      author: { __typename: 'User' as const, id: 'u1', displayName: 'Camille Martin' },
      space: { __typename: 'Space' as const, id: space.id, slug: space.slug, name: space.name },
    };
    await open([{ request: { query: ProposeInitiativeDocument, variables: { input } }, result: { data: { proposeInitiative: created } } }]);
    type('Title', `  ${input.title}  `);
    type('Description', input.body);
    type(/^Tags/, 'Range, community, range');
    await publish();
    expect(await screen.findByText('initiative page')).toBeTruthy();
  });
});
