import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';

import { ProposeInitiativeDocument, SimilarInitiativesDocument, SpaceBySlugDocument, VoteInitiativeDocument } from '../../gql/graphql';
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
  participantCount: 5,
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

/** Replaces a field's text, as pasting over it would. */
async function type(user: UserEvent, label: string | RegExp, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}
const publish = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Publish' }));

const similar = {
  __typename: 'Initiative' as const,
  id: 'i-42',
  title: 'Paper receipts only on request',
  status: 'UNDER_REVIEW' as const,
  voteCount: 7,
  viewerHasVoted: false,
  viewerIsFollowing: false,
  followerCount: 3,
};

describe('ProposePage', () => {
  it('shows similar ideas once typing pauses, with one request, and votes for one instead', async () => {
    const user = userEvent.setup();
    let asked = 0;
    await open([
      {
        request: { query: SimilarInitiativesDocument, variables: { spaceId: space.id, text: 'Paper receipts', first: 5 } },
        result: () => {
          asked += 1;
          return { data: { similarInitiatives: [similar] } };
        },
      },
      {
        request: { query: VoteInitiativeDocument, variables: { initiativeId: 'i-42' } },
        result: {
          data: {
            voteInitiative: {
              __typename: 'Initiative',
              id: 'i-42',
              voteCount: 8,
              viewerHasVoted: true,
              viewerIsFollowing: true,
              followerCount: 4,
            },
          },
        },
      },
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Paper receipts');

    expect(await screen.findByText('1 similar idea already exists')).toHaveAttribute('role', 'status');
    expect(asked).toBe(1); // one request once typing paused, none per keystroke
    expect(screen.getByRole('link', { name: 'Paper receipts only on request' })).toHaveAttribute('href', '/i/i-42');
    expect(screen.getByText('Under review')).toBeInTheDocument();
    expect(screen.getByText('7 votes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vote for this one instead: Paper receipts only on request' }));
    expect(await screen.findByText('initiative page')).toBeInTheDocument();
  });

  it('labels every field, with the contract’s names', async () => {
    await open();
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Tags/ })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Who does it serve?' });
    expect(within(group).getByRole('radio', { name: 'Customers' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Colleagues' })).toBeInTheDocument();
  });

  it('checks the domain limits before sending, next to each field and in a summary', async () => {
    const user = userEvent.setup();
    await open();
    await type(user, 'Title', 'abc');
    await type(user, /^Tags/, 'one, two words, three');
    await publish(user);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('3 fields need your attention');
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Use 5 to 140 characters.'));
    const body = screen.getByRole('textbox', { name: 'Description' });
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Tags/ })).toHaveAttribute('aria-invalid', 'true');
    expect(summary).toHaveTextContent('“two words” is not a valid tag');

    // Fixing a field clears its message as the person types.
    await type(user, 'Title', 'A better title');
    expect(screen.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server’s field messages next to the matching fields', async () => {
    const user = userEvent.setup();
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
    await type(user, 'Title', input.title);
    await type(user, 'Description', input.body);
    await type(user, /^Tags/, 'Range, community');
    await publish(user);

    const title = await screen.findByRole('textbox', { name: 'Title', description: /Title is already used in this space\./ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs your attention');
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
    const user = userEvent.setup();
    await open([{ request: { query: ProposeInitiativeDocument, variables: { input } }, result: { data: { proposeInitiative: created } } }]);
    await type(user, 'Title', `  ${input.title}  `);
    await type(user, 'Description', input.body);
    await type(user, /^Tags/, 'Range, community, range');
    await publish(user);
    expect(await screen.findByText('initiative page')).toBeInTheDocument();
  });
});
