import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { comment, initiative, reply, user, viewer } from '../../fixtures';
import {
  ChangeInitiativeStatusDocument,
  CommentOnInitiativeDocument,
  InitiativePageDocument,
  MeDocument,
  VoteInitiativeDocument,
} from '../../gql/graphql';
import { renderPage } from '../../testing';
import InitiativePage from './InitiativePage';

const manager = viewer('MANAGER', 'u-manager', 'Marc Lefèvre');
const customer = viewer('CUSTOMER', 'u-customer', 'Paul Girard');
const camille = user('u-camille', 'Camille Martin');
const paul = user('u-customer', 'Paul Girard');

// MockLink waits 20–50 ms by default; the page's own reads answer at once so tests are deterministic.
const me = (person: ReturnType<typeof viewer>) => ({ request: { query: MeDocument }, result: { data: { me: person } }, delay: 0 });
const page = (data: ReturnType<typeof initiative>) => ({ request: { query: InitiativePageDocument, variables: { id: 'i-1' } }, result: { data: { initiative: data } }, delay: 0 });

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
    { __typename: 'StatusChange', from: 'SUBMITTED', to: 'UNDER_REVIEW', note: 'The loyalty team is studying it.', at: '2026-11-10T09:00:00.000Z', by: user('u-manager', 'Marc Lefèvre') },
    { __typename: 'StatusChange', from: 'UNDER_REVIEW', to: 'SELECTED', note: null, at: '2026-11-12T09:00:00.000Z', by: user('u-manager', 'Marc Lefèvre') },
  ],
});

describe('InitiativePage: body and timeline', () => {
  it('renders the sanitised body and every answer: the move, the note, who and when', async () => {
    await open(customer, answered);
    expect(screen.getByText('free repair').tagName).toBe('STRONG');
    const answers = screen.getByRole('region', { name: 'Answers' });
    const steps = within(answers).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]!.textContent).toContain('Proposed by Jeanne Dubois');
    expect(steps[1]!.textContent).toMatch(/^Status changed from\s*Submitted\W*to\s*Under review/);
    expect(within(steps[1]!).getByText('The loyalty team is studying it.').closest('blockquote')).toBeTruthy();
    expect(steps[1]!.textContent).toContain('Answered by Marc Lefèvre');
    expect(within(steps[1]!).getByText('November 10, 2026')).toBeTruthy();
    expect(steps[2]!.textContent).toContain('No follow-up note.');
    // Only managers answer.
    expect(screen.queryByRole('button', { name: 'Change status' })).toBeNull();
  });

  it('says by when a first answer is due while nobody has answered, in French too', async () => {
    renderPage(<InitiativePage />, { path: '/i/:id', url: '/i/i-1', mocks: [me(customer), page(initiative({ awaitingResponse: true }))] as never, locale: 'fr' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('En attente d’une première réponse')).toBeTruthy();
    // Testing Library collapses the no-break space before the colon into a plain space.
    expect(screen.getByText('Une réponse était attendue pour le 21 novembre 2026 : elle est en retard.')).toBeTruthy();
  });
});

describe('InitiativePage: vote', () => {
  const voted = { __typename: 'Initiative', id: 'i-1', voteCount: 5, viewerHasVoted: true, viewerIsFollowing: true, followerCount: 3 };

  it('counts the vote at once (optimistic), presses the button, and keeps the server’s answer', async () => {
    await open(customer, initiative(), [{ request: { query: VoteInitiativeDocument, variables: { initiativeId: 'i-1' } }, result: { data: { voteInitiative: voted } }, delay: 40 }]);
    const button = screen.getByRole('button', { name: 'Vote' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByText('4 votes').length).toBeGreaterThan(0);

    await act(async () => void fireEvent.click(button));
    // Before the server answers.
    expect(screen.getByRole('button', { name: 'Vote' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByText('5 votes').length).toBe(2); // next to the button and in the details
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe('true'); // voters follow

    await waitFor(() => expect(screen.getByText('3 followers')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Vote' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('puts everything back and says so when the vote fails', async () => {
    await open(customer, initiative(), [{ request: { query: VoteInitiativeDocument, variables: { initiativeId: 'i-1' } }, error: new Error('boom'), delay: 40 }]);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Vote' })));
    expect(screen.getAllByText('5 votes').length).toBe(2);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Your vote was not saved. Try again.');
    expect(screen.getByRole('button', { name: 'Vote' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByText('4 votes').length).toBe(2);
  });

  it('keeps the button but closes it, with the reason, on a declined initiative', async () => {
    await open(customer, initiative({ status: 'DECLINED' }));
    const button = screen.getByRole('button', { name: 'Vote' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe('Votes are closed: this initiative was declined.');
    fireEvent.click(button); // no mutation is mocked: a request would fail the test with an alert
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button.getAttribute('aria-pressed')).toBe('false');
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
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Comments (5)');
    const articles = within(section).getAllByRole('article');
    expect(articles).toHaveLength(7);
    expect(within(section).getByText('This comment was deleted by its author.')).toBeTruthy();
    expect(within(section).getByText('This comment was hidden by a moderator.')).toBeTruthy();
    // Placeholders never show who wrote them.
    const deleted = within(section).getByText('This comment was deleted by its author.').closest('article')!;
    expect(deleted.textContent).not.toContain('Camille');
    // Replies only on readable top-level comments.
    expect(within(section).getAllByRole('button', { name: 'Reply' })).toHaveLength(2);
    expect(within(articles[1]!).queryByRole('button', { name: 'Reply' })).toBeNull();
    // The author edits and deletes their own; a customer hides nothing.
    const mine = within(section).getByText('My own comment.').closest('article')!;
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(articles[0]!).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Hide' })).toBeNull();
  });

  it('lets managers read hidden comments, hide others and show hidden ones again', async () => {
    const hiddenForManager = comment('c-5', paul, 'Rude words.', { hidden: true });
    await open(manager, initiative({ comments: [thread[0]!, hiddenForManager], commentCount: 2 }));
    const hidden = screen.getByText('Rude words.').closest('article')!;
    expect(within(hidden).getByText('Hidden')).toBeTruthy();
    expect(within(hidden).getByText('Hidden from the community: only managers and its author can read it.')).toBeTruthy();
    expect(within(hidden).getByRole('button', { name: 'Show again' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Hide' })).toHaveLength(2); // the top-level comment and its reply
  });

  it('posts a comment from the form labelled "Your comment" and shows it at once', async () => {
    const posted = { ...comment('c-new', user('u-customer', 'Paul Girard'), 'Count me in.'), createdAt: new Date().toISOString() };
    await open(customer, initiative({ comments: [thread[0]!], commentCount: 2 }), [
      { request: { query: CommentOnInitiativeDocument, variables: { input: { initiativeId: 'i-1', body: 'Count me in.' } } }, result: { data: { commentOnInitiative: posted } } },
    ]);
    const field = screen.getByLabelText('Your comment');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toContain('Markdown');
    fireEvent.change(field, { target: { value: '  Count me in. ' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Comment' })));
    expect(await screen.findByRole('heading', { name: 'Comments (3)' })).toBeTruthy();
    expect(screen.getByText('Count me in.').closest('article')).toBeTruthy();
    expect(screen.getByText('Your comment is posted.')).toBeTruthy();
    expect((screen.getByLabelText('Your comment') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe('true'); // commenters follow
  });

  it('edits in place and gives focus back to "Edit" when done; replies open under top-level comments', async () => {
    await open(customer, initiative({ comments: [comment('c-7', paul, 'My own comment.', { replies: [reply('c-8', camille, 'An answer.')] })], commentCount: 2 }));
    const mine = screen.getByText('My own comment.').closest('article')!;
    await act(async () => void fireEvent.click(within(mine).getByRole('button', { name: 'Edit' })));
    const field = screen.getByRole('textbox', { name: 'Comment text' }) as HTMLTextAreaElement;
    expect(field.value).toBe('My own comment.');
    expect(document.activeElement).toBe(field);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));

    const replyButton = screen.getByRole('button', { name: 'Reply' });
    await act(async () => void fireEvent.click(replyButton));
    expect(replyButton.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(replyButton.getAttribute('aria-controls')!)!.contains(screen.getByRole('textbox', { name: 'Your reply' }))).toBe(true);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    await waitFor(() => expect(document.activeElement).toBe(replyButton));
  });

  it('gives the draft back with the server’s message when a comment is refused', async () => {
    await open(customer, initiative(), [
      {
        request: { query: CommentOnInitiativeDocument, variables: { input: { initiativeId: 'i-1', body: 'Too much.' } } },
        result: { errors: [{ message: 'Some fields need your attention.', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.body': 'must be 1 to 5000 characters' } } }] },
      },
    ]);
    const field = screen.getByLabelText('Your comment') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: 'Too much.' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Comment' })));
    expect(field.value).toBe(''); // on its way
    await waitFor(() => expect(field.value).toBe('Too much.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toContain('Your comment must be 1 to 5000 characters.');
  });

  it('refuses an empty comment before sending', async () => {
    await open(customer, initiative());
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Comment' })));
    const field = screen.getByLabelText('Your comment');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('InitiativePage: answering (managers)', () => {
  it('offers only the legal next statuses, requires a note to decline, and adds the answer to the timeline', async () => {
    const declined = {
      __typename: 'Initiative',
      id: 'i-1',
      status: 'DECLINED',
      awaitingResponse: false,
      lastActivityAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      createdAt: '2026-11-07T09:00:00.000Z',
      responseDueAt: '2026-11-21T09:00:00.000Z',
      author: user('u-author', 'Jeanne Dubois'),
      space: { __typename: 'Space', id: 's-1', responseSlaDays: 14 },
      statusHistory: [{ __typename: 'StatusChange', from: 'SUBMITTED', to: 'DECLINED', note: 'New labels arrive next year.', at: '2026-11-21T10:00:00.000Z', by: user('u-manager', 'Marc Lefèvre') }],
      voteCount: 4,
      viewerHasVoted: false,
      viewerIsFollowing: false,
      followerCount: 2,
    };
    await open(manager, initiative(), [
      {
        request: { query: ChangeInitiativeStatusDocument, variables: { input: { initiativeId: 'i-1', status: 'DECLINED', note: 'New labels arrive next year.' } } },
        result: { data: { changeInitiativeStatus: declined } },
      },
    ]);
    const toggle = screen.getByRole('button', { name: 'Change status' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(async () => void fireEvent.click(toggle));
    const select = (await screen.findByRole('combobox', { name: 'New status' })) as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['', 'UNDER_REVIEW', 'DECLINED']);

    fireEvent.change(select, { target: { value: 'DECLINED' } });
    const note = screen.getByRole('textbox', { name: 'Follow-up note' });
    expect(document.getElementById(note.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe(
      'Required to decline: tell the author and followers why.',
    );
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save answer' })));
    expect(screen.getByRole('alert').textContent).toContain('Tell the author and followers why this initiative is declined.');

    fireEvent.change(note, { target: { value: 'New labels arrive next year.' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save answer' })));
    expect(await screen.findByText('Answer saved. The author and every follower are told.')).toBeTruthy();
    expect(screen.getByText('New labels arrive next year.').closest('blockquote')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'New status' })).toBeNull();
    // Declined: the vote closes, and the only move left is reopening it.
    expect(screen.getByRole('button', { name: 'Vote' }).getAttribute('aria-disabled')).toBe('true');
  });
});
