import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { comment, initiative, person, reply, viewer } from '../../fixtures';
import {
  ChangeInitiativeStatusDocument,
  CommentOnInitiativeDocument,
  DeleteCommentDocument,
  InitiativePageDocument,
  InitiativeUpdatedDocument,
  MeDocument,
  VoteInitiativeDocument,
} from '../../gql/graphql';
import { renderPage } from '../../testing';
import InitiativePage from './InitiativePage';

const manager = viewer('MANAGER', 'u-manager', 'Marc Lefèvre');
const customer = viewer('CUSTOMER', 'u-customer', 'Paul Girard');
const camille = person('u-camille', 'Camille Martin');
const paul = person('u-customer', 'Paul Girard');

// MockLink waits 20–50 ms by default; the page's own reads answer at once so tests are deterministic.
const me = (person: ReturnType<typeof viewer>) => ({ request: { query: MeDocument }, result: { data: { me: person } }, delay: 0 });
const page = (data: ReturnType<typeof initiative>) => ({
  request: { query: InitiativePageDocument, variables: { id: 'i-1' } },
  result: { data: { initiative: data } },
  delay: 0,
});

async function open(person: ReturnType<typeof viewer>, data: ReturnType<typeof initiative>, more: object[] = []) {
  renderPage(<InitiativePage />, { path: '/i/:id', url: '/i/i-1', mocks: [me(person), page(data), ...more] as never });
  const heading = await screen.findByRole('heading', { level: 1, name: data.title });
  await settle(); // the viewer (`me`) may answer after the initiative
  return heading;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

const answered = initiative({
  status: 'SELECTED',
  statusHistory: [
    {
      __typename: 'StatusChange',
      from: 'SUBMITTED',
      to: 'UNDER_REVIEW',
      note: 'The loyalty team is studying it.',
      at: '2026-11-10T09:00:00.000Z',
      by: person('u-manager', 'Marc Lefèvre'),
    },
    {
      __typename: 'StatusChange',
      from: 'UNDER_REVIEW',
      to: 'SELECTED',
      note: null,
      at: '2026-11-12T09:00:00.000Z',
      by: person('u-manager', 'Marc Lefèvre'),
    },
  ],
});

describe('InitiativePage: live', () => {
  it('shows a change pushed by the server (a manager’s answer, new votes) without a reload', async () => {
    const pushed = initiative({ ...answered, voteCount: 9 });
    const push = {
      request: { query: InitiativeUpdatedDocument, variables: { id: 'i-1' } },
      result: { data: { initiativeUpdated: pushed } },
      delay: 100,
    };
    await open(customer, initiative({ status: 'UNDER_REVIEW' }), [push]);
    const answers = screen.getByRole('region', { name: 'Answers' });
    await waitFor(() => expect(within(answers).getAllByRole('listitem')).toHaveLength(3), { timeout: 5000 });
    expect(screen.getAllByText('9 votes').length).toBe(2); // next to the button and in the details
  });
});

describe('InitiativePage: body and timeline', () => {
  it('renders the sanitised body and every answer: the move, the note, who and when', async () => {
    await open(customer, answered);
    expect(screen.getByText('free repair', { selector: 'strong' })).toBeInTheDocument();
    const answers = screen.getByRole('region', { name: 'Answers' });
    const steps = within(answers).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent('Proposed by Jeanne Dubois');
    expect(steps[1]).toHaveTextContent(/^Status changed from\s*Submitted\W*to\s*Under review/);
    expect(within(steps[1]!).getByText('The loyalty team is studying it.').closest('blockquote')).toBeInTheDocument();
    expect(steps[1]).toHaveTextContent('Answered by Marc Lefèvre');
    expect(within(steps[1]!).getByText('November 10, 2026')).toBeInTheDocument();
    expect(steps[2]).toHaveTextContent('No follow-up note.');
    // Only managers answer.
    expect(screen.queryByRole('button', { name: 'Change status' })).not.toBeInTheDocument();
  });

  it('says by when a first answer is due while nobody has answered, in French too', async () => {
    renderPage(<InitiativePage />, {
      path: '/i/:id',
      url: '/i/i-1',
      mocks: [me(customer), page(initiative({ awaitingResponse: true }))] as never,
      locale: 'fr',
    });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('En attente d’une première réponse')).toBeInTheDocument();
    // Testing Library collapses the no-break space before the colon into a plain space.
    expect(screen.getByText('Une réponse était attendue pour le 21 novembre 2026 : elle est en retard.')).toBeInTheDocument();
  });
});

describe('InitiativePage: vote', () => {
  const voted = { __typename: 'Initiative', id: 'i-1', voteCount: 5, viewerHasVoted: true, viewerIsFollowing: true, followerCount: 3 };

  it('counts the vote at once (optimistic), presses the button, and keeps the server’s answer', async () => {
    const user = userEvent.setup();
    await open(customer, initiative(), [
      {
        request: { query: VoteInitiativeDocument, variables: { initiativeId: 'i-1' } },
        result: { data: { voteInitiative: voted } },
        delay: 40,
      },
    ]);
    const button = screen.getByRole('button', { name: 'Vote' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByText('4 votes').length).toBeGreaterThan(0);

    await user.click(button);
    // Before the server answers.
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByText('5 votes').length).toBe(2); // next to the button and in the details
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true'); // voters follow

    await waitFor(() => expect(screen.getByText('3 followers')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('puts everything back and says so when the vote fails', async () => {
    const user = userEvent.setup();
    await open(customer, initiative(), [
      { request: { query: VoteInitiativeDocument, variables: { initiativeId: 'i-1' } }, error: new Error('boom'), delay: 200 },
    ]);
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    expect(screen.getAllByText('5 votes').length).toBe(2);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Your vote was not saved\. Try again\.$/);
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByText('4 votes').length).toBe(2);
  });

  it('keeps the button but closes it, with the reason, on a declined initiative', async () => {
    const user = userEvent.setup();
    await open(customer, initiative({ status: 'DECLINED' }));
    const button = screen.getByRole('button', { name: 'Vote' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Votes are closed: this initiative was declined.');
    await user.click(button); // no mutation is mocked: a request would fail the test with an alert
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('InitiativePage: comments', () => {
  const thread = [
    comment('c-1', camille, 'We hear this every Saturday.', { replies: [reply('c-2', paul, 'Me too.')] }),
    comment('c-3', camille, '', { deleted: true, replies: [reply('c-4', paul, 'Home delivery would help.')] }),
    comment('c-5', paul, '', { hidden: true, replies: [reply('c-6', camille, 'A reply under a hidden comment.')] }),
    comment('c-7', paul, 'My own comment.'),
  ];

  it('shows the thread as the API sends it: replies one level deep, placeholders for deleted and hidden comments', async () => {
    await open(customer, initiative({ comments: thread, commentCount: 5 }));
    const section = screen.getByRole('region', { name: /^Comments/ });
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(/^Comments \(5\)$/);
    const articles = within(section).getAllByRole('article');
    expect(articles).toHaveLength(7);
    expect(within(section).getByText('This comment was deleted by its author.')).toBeInTheDocument();
    expect(within(section).getByText('This comment was hidden by a moderator.')).toBeInTheDocument();
    // Placeholders never show who wrote them.
    const deleted = within(section).getByText('This comment was deleted by its author.').closest('article')!;
    expect(deleted).not.toHaveTextContent('Camille');
    // Replies only on readable top-level comments.
    expect(within(section).getAllByRole('button', { name: 'Reply' })).toHaveLength(2);
    expect(within(articles[1]!).queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    // The author edits and deletes their own; a customer hides nothing.
    const mine = within(section).getByText('My own comment.').closest('article')!;
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(within(articles[0]!).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Hide' })).not.toBeInTheDocument();
  });

  it('lets managers read hidden comments, hide others and show hidden ones again', async () => {
    const hiddenForManager = comment('c-5', paul, 'Rude words.', { hidden: true });
    await open(manager, initiative({ comments: [thread[0]!, hiddenForManager], commentCount: 2 }));
    const hidden = screen.getByText('Rude words.').closest('article')!;
    expect(within(hidden).getByText('Hidden')).toBeInTheDocument();
    expect(within(hidden).getByText('Hidden from the community: only managers and its author can read it.')).toBeInTheDocument();
    expect(within(hidden).getByRole('button', { name: 'Show again' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Hide' })).toHaveLength(2); // the top-level comment and its reply
  });

  it('posts a comment from the form labelled "Your comment" and shows it at once', async () => {
    const user = userEvent.setup();
    const posted = { ...comment('c-new', person('u-customer', 'Paul Girard'), 'Count me in.'), createdAt: new Date().toISOString() };
    await open(customer, initiative({ comments: [thread[0]!], commentCount: 2 }), [
      {
        request: { query: CommentOnInitiativeDocument, variables: { input: { initiativeId: 'i-1', body: 'Count me in.' } } },
        result: { data: { commentOnInitiative: posted } },
      },
    ]);
    const field = screen.getByLabelText('Your comment');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Markdown'));
    await user.type(field, '  Count me in. ');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(await screen.findByRole('heading', { name: 'Comments (3)' })).toBeInTheDocument();
    expect(screen.getByText('Count me in.').closest('article')).toBeInTheDocument();
    expect(screen.getByText('Your comment is posted.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your comment')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true'); // commenters follow
  });

  it('edits in place and gives focus back to "Edit" when done; replies open under top-level comments', async () => {
    const user = userEvent.setup();
    await open(
      customer,
      initiative({
        comments: [comment('c-7', paul, 'My own comment.', { replies: [reply('c-8', camille, 'An answer.')] })],
        commentCount: 2,
      }),
    );
    const mine = screen.getByText('My own comment.').closest('article')!;
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    const field = screen.getByRole('textbox', { name: 'Comment text' });
    expect(field).toHaveValue('My own comment.');
    expect(field).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(mine).getByRole('button', { name: 'Edit' })).toHaveFocus());

    const replyButton = screen.getByRole('button', { name: 'Reply' });
    await user.click(replyButton);
    expect(replyButton).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(replyButton.getAttribute('aria-controls')!)).toContainElement(
      screen.getByRole('textbox', { name: 'Your reply' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(replyButton).toHaveFocus());
  });

  it('gives the draft back with the server’s message when a comment is refused', async () => {
    const user = userEvent.setup();
    await open(customer, initiative(), [
      {
        request: { query: CommentOnInitiativeDocument, variables: { input: { initiativeId: 'i-1', body: 'Too much.' } } },
        result: {
          errors: [
            {
              message: 'Some fields need your attention.',
              extensions: { code: 'BAD_USER_INPUT', fields: { 'input.body': 'must be 1 to 5000 characters' } },
            },
          ],
        },
      },
    ]);
    const field = screen.getByLabelText('Your comment');
    await user.type(field, 'Too much.');
    // (The field empties while the comment is on its way; the mocked refusal may already be back here.)
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() => expect(field).toHaveValue('Too much.'));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Your comment must be 1 to 5000 characters.'));
  });

  it('asks before deleting the author’s comment, then takes it out of the thread and the count', async () => {
    const user = userEvent.setup();
    await open(customer, initiative({ comments: [comment('c-7', paul, 'My own comment.')], commentCount: 1 }), [
      { request: { query: DeleteCommentDocument, variables: { id: 'c-7' } }, result: { data: { deleteComment: true } } },
    ]);
    const remove = screen.getByRole('button', { name: 'Delete' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Delete this comment?' });
    expect(dialog).toHaveAccessibleDescription('It will disappear from the conversation. This cannot be undone.');
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('My own comment.')).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Comments/ })).toHaveTextContent('(0)');
  });

  it('refuses an empty comment before sending', async () => {
    const user = userEvent.setup();
    await open(customer, initiative());
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    const field = screen.getByLabelText('Your comment');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('InitiativePage: answering (managers)', () => {
  it('offers only the legal next statuses, requires a note to decline, and adds the answer to the timeline', async () => {
    const user = userEvent.setup();
    const declined = {
      __typename: 'Initiative',
      id: 'i-1',
      status: 'DECLINED',
      awaitingResponse: false,
      lastActivityAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      createdAt: '2026-11-07T09:00:00.000Z',
      responseDueAt: '2026-11-21T09:00:00.000Z',
      author: person('u-author', 'Jeanne Dubois'),
      space: { __typename: 'Space', id: 's-1', responseSlaDays: 14 },
      statusHistory: [
        {
          __typename: 'StatusChange',
          from: 'SUBMITTED',
          to: 'DECLINED',
          note: 'New labels arrive next year.',
          at: '2026-11-21T10:00:00.000Z',
          by: person('u-manager', 'Marc Lefèvre'),
        },
      ],
      voteCount: 4,
      viewerHasVoted: false,
      viewerIsFollowing: false,
      followerCount: 2,
    };
    await open(manager, initiative(), [
      {
        request: {
          query: ChangeInitiativeStatusDocument,
          variables: { input: { initiativeId: 'i-1', status: 'DECLINED', note: 'New labels arrive next year.' } },
        },
        result: { data: { changeInitiativeStatus: declined } },
      },
    ]);
    const toggle = screen.getByRole('button', { name: 'Change status' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const select = await screen.findByRole('combobox', { name: 'New status' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['', 'UNDER_REVIEW', 'DECLINED']);

    await user.selectOptions(select, 'DECLINED');
    const note = screen.getByRole('textbox', { name: 'Follow-up note' });
    expect(note).toHaveAccessibleDescription(expect.stringMatching(/Required to decline: tell the author and followers why\.$/));
    await user.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tell the author and followers why this initiative is declined.');

    await user.type(note, 'New labels arrive next year.');
    await user.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(await screen.findByText('Answer saved. The author and every follower are told.')).toBeInTheDocument();
    expect(screen.getByText('New labels arrive next year.').closest('blockquote')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'New status' })).not.toBeInTheDocument();
    // Declined: the vote closes, and the only move left is reopening it.
    expect(screen.getByRole('button', { name: 'Vote' })).toHaveAttribute('aria-disabled', 'true');
  });
});
