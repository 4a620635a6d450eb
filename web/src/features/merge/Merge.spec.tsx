import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { initiative, person, viewer } from '../../fixtures';
import { InitiativePageDocument, MeDocument, MergeInitiativesDocument, MergeSuggestionsDocument } from '../../gql/graphql';
import { renderPage } from '../../testing';
import InitiativePage from '../initiatives/InitiativePage';

const manager = viewer('MANAGER', 'u-manager', 'Marc Lefèvre');
const duplicate = initiative({ status: 'UNDER_REVIEW', title: 'Receipts by email please' });
const kept = {
  __typename: 'Initiative' as const,
  id: 'i-9',
  title: 'Paper receipts only on request',
  status: 'SELECTED' as const,
  voteCount: 12,
  author: person('u-odile', 'Odile Autrice'),
};
const note = 'Same idea: the tills team answers it there.';

const mocks = (...more: object[]) => [
  { request: { query: MeDocument }, result: { data: { me: manager } }, delay: 0 },
  { request: { query: InitiativePageDocument, variables: { id: 'i-1' } }, result: { data: { initiative: duplicate } }, delay: 0 },
  ...more,
];

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('merging duplicates', () => {
  it('lets a manager pick a similar idea, compare both, write the note, and then shows the banner', async () => {
    const user = userEvent.setup();
    let merged = false;
    renderPage(<InitiativePage />, {
      path: '/i/:id',
      url: '/i/i-1',
      mocks: mocks(
        {
          request: { query: MergeSuggestionsDocument, variables: { spaceId: 's-1', text: duplicate.title } },
          result: { data: { similarInitiatives: [{ ...duplicate, __typename: 'Initiative' }, kept] } },
        },
        {
          request: { query: MergeInitiativesDocument, variables: { input: { sourceId: 'i-1', targetId: 'i-9', note } } },
          result: () => {
            merged = true;
            return {
              data: {
                mergeInitiatives: {
                  __typename: 'Initiative',
                  id: 'i-9',
                  voteCount: 16,
                  followerCount: 5,
                  viewerHasVoted: false,
                  viewerIsFollowing: false,
                },
              },
            };
          },
        },
        {
          request: { query: InitiativePageDocument, variables: { id: 'i-1' } },
          result: {
            data: {
              initiative: { ...duplicate, status: 'MERGED', mergedInto: { __typename: 'Initiative', id: 'i-9', title: kept.title } },
            },
          },
        },
      ) as never,
    });
    await screen.findByRole('heading', { level: 1, name: duplicate.title });
    await settle();

    await user.click(await screen.findByRole('button', { name: 'Merge into…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge this initiative into another' });
    const keep = await within(dialog).findByRole('radio', { name: /Paper receipts only on request/ });
    // The duplicate itself is never offered.
    expect(within(dialog).queryByRole('radio', { name: /Receipts by email please/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(within(dialog).getByText('Pick the initiative to keep.')).toBeInTheDocument();
    expect(merged).toBe(false);

    await user.click(keep);
    const preview = within(dialog).getByRole('group', { name: 'What the merge does' });
    expect(within(preview).getByRole('region', { name: 'Duplicate (merged)' })).toHaveTextContent(duplicate.title);
    const target = within(preview).getByRole('region', { name: 'Kept' });
    expect(target).toHaveTextContent('Paper receipts only on request');
    expect(target).toHaveTextContent('12 votes');
    expect(target).toHaveTextContent('by Odile Autrice');

    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(within(dialog).getByRole('textbox', { name: /Note to the author/ })).toHaveAccessibleDescription(
      expect.stringContaining('Write a note'),
    );
    expect(merged).toBe(false);

    await user.click(within(dialog).getByRole('textbox', { name: /Note to the author/ }));
    await user.paste(note);
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Merged into another initiative')).toBeInTheDocument();
    expect(merged).toBe(true);
    expect(screen.getByRole('link', { name: kept.title })).toHaveAttribute('href', '/i/i-9');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merge into…' })).not.toBeInTheDocument();
  }, 15_000);

  it('offers no merge to people who are not managers', async () => {
    renderPage(<InitiativePage />, {
      path: '/i/:id',
      url: '/i/i-1',
      mocks: [{ request: { query: MeDocument }, result: { data: { me: viewer('CUSTOMER') } }, delay: 0 }, mocks()[1]!] as never,
    });
    await screen.findByRole('heading', { level: 1, name: duplicate.title });
    await settle();
    expect(screen.queryByRole('button', { name: 'Merge into…' })).not.toBeInTheDocument();
  });
});
