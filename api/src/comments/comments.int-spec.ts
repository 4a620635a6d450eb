import { TestApp, type TestUser } from '../../../test/support/test-app';

const COMMENT = 'mutation($input: CommentInput!) { commentOnInitiative(input: $input) { id body bodyHtml hidden deleted parent { id } author { id } initiative { id commentCount viewerIsFollowing } } }';
const EDIT = 'mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id body editedAt } }';
const DELETE = 'mutation($id: ID!) { deleteComment(id: $id) }';
const HIDE = 'mutation($id: ID!) { hideComment(id: $id) { id hidden } }';
const UNHIDE = 'mutation($id: ID!) { unhideComment(id: $id) { id hidden } }';
const THREAD = 'query($id: ID!) { initiative(id: $id) { commentCount comments { id body hidden deleted replies { id body } } } }';

describe('comments', () => {
  let app: TestApp;
  let author: TestUser;
  let commenter: TestUser;
  let other: TestUser;
  let manager: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [author, commenter, other, manager] = await Promise.all([app.user('EMPLOYEE'), app.user('CUSTOMER'), app.user('CUSTOMER'), app.user('MANAGER')]);
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  const comment = async (initiativeId: string, body: string, as: TestUser, parentId?: string) =>
    (await app.ok(COMMENT, { input: { initiativeId, body, parentId } }, as.token)).commentOnInitiative;
  const storedCount = async (id: string) => (await app.db.query('SELECT comment_count FROM initiatives WHERE id = $1', [id]))[0].comment_count;

  it('comments and replies one level deep, counting every visible one; the commenter follows', async () => {
    const id = await app.initiative(space.id, author);
    const top = await comment(id, 'Great idea, **really**', commenter);
    expect(top).toMatchObject({ body: 'Great idea, **really**', bodyHtml: '<p>Great idea, <strong>really</strong></p>\n', parent: null, initiative: { commentCount: 1, viewerIsFollowing: true } });
    const reply = await comment(id, 'Agreed', other, top.id);
    expect(reply.parent).toEqual({ id: top.id });
    expect(reply.initiative.commentCount).toBe(2);
    const result = await app.gql(COMMENT, { input: { initiativeId: id, body: 'Deeper', parentId: reply.id } }, commenter.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { parentId: expect.any(String) } });
    const thread = await app.ok(THREAD, { id }, author.token);
    expect(thread.initiative.comments).toEqual([{ id: top.id, body: 'Great idea, **really**', hidden: false, deleted: false, replies: [{ id: reply.id, body: 'Agreed' }] }]);
    expect(await storedCount(id)).toBe(2);
  });

  it('refuses a parent from another initiative, empty and oversized bodies, and changes nothing', async () => {
    const first = await app.initiative(space.id, author);
    const second = await app.initiative(space.id, author);
    const foreign = await comment(first, 'On the first one', commenter);
    for (const input of [
      { initiativeId: second, body: 'Wrong parent', parentId: foreign.id },
      { initiativeId: second, body: '   ' },
      { initiativeId: second, body: 'x'.repeat(5001) },
    ]) {
      expect(await app.code(COMMENT, { input }, commenter.token)).toBe('BAD_USER_INPUT');
    }
    expect(await storedCount(second)).toBe(0);
  });

  it('sanitises the rendered body', async () => {
    const id = await app.initiative(space.id, author);
    const created = await comment(id, '<script>alert(1)</script> [x](javascript:alert(1))', commenter);
    expect(created.bodyHtml).not.toMatch(/<script|href="javascript/i);
  });

  it('lets only the author edit and delete; deletion keeps a placeholder while replies exist', async () => {
    const id = await app.initiative(space.id, author);
    const top = await comment(id, 'First thought', commenter);
    await comment(id, 'A reply', other, top.id);
    expect(await app.code(EDIT, { id: top.id, body: 'Hijack' }, other.token)).toBe('FORBIDDEN');
    const edited = (await app.ok(EDIT, { id: top.id, body: 'Second thought' }, commenter.token)).editComment;
    expect(edited.body).toBe('Second thought');
    expect(edited.editedAt).toBeTruthy();
    expect(await app.code(DELETE, { id: top.id }, manager.token)).toBe('FORBIDDEN');
    expect((await app.ok(DELETE, { id: top.id }, commenter.token)).deleteComment).toBe(true);
    const thread = await app.ok(THREAD, { id }, other.token);
    expect(thread.initiative.commentCount).toBe(1);
    expect(thread.initiative.comments).toEqual([{ id: top.id, body: '', hidden: false, deleted: true, replies: [expect.objectContaining({ body: 'A reply' })] }]);
    expect(await app.code(EDIT, { id: top.id, body: 'Back from the dead' }, commenter.token)).toBe('BAD_USER_INPUT');
  });

  it('lets managers hide and unhide any comment; hidden ones leave the count and other people’s view', async () => {
    const id = await app.initiative(space.id, author);
    const rude = await comment(id, 'Something rude', commenter);
    expect(await app.code(HIDE, { id: rude.id }, author.token)).toBe('FORBIDDEN');
    expect((await app.ok(HIDE, { id: rude.id }, manager.token)).hideComment.hidden).toBe(true);
    expect((await app.ok(HIDE, { id: rude.id }, manager.token)).hideComment.hidden).toBe(true);
    expect(await storedCount(id)).toBe(0);
    expect((await app.ok(THREAD, { id }, other.token)).initiative.comments).toEqual([]);
    expect((await app.ok(THREAD, { id }, commenter.token)).initiative.comments).toEqual([expect.objectContaining({ body: 'Something rude', hidden: true })]);
    expect((await app.ok(THREAD, { id }, manager.token)).initiative.comments).toEqual([expect.objectContaining({ body: 'Something rude', hidden: true })]);
    // deleting a hidden comment does not count it out twice
    await app.ok(DELETE, { id: rude.id }, commenter.token);
    expect(await storedCount(id)).toBe(0);
    const kept = await comment(id, 'Fine words', commenter);
    await app.ok(HIDE, { id: kept.id }, manager.token);
    expect((await app.ok(UNHIDE, { id: kept.id }, manager.token)).unhideComment.hidden).toBe(false);
    expect(await storedCount(id)).toBe(1);
  });

  it('is NOT_FOUND on initiatives and comments the viewer cannot see', async () => {
    const internal = await app.space('INTERNAL', 'OPEN');
    const id = await app.initiative(internal.id, author);
    const hiddenFromCustomers = (await app.ok(COMMENT, { input: { initiativeId: id, body: 'Internal talk' } }, author.token)).commentOnInitiative;
    expect(await app.code(COMMENT, { input: { initiativeId: id, body: 'Let me in' } }, commenter.token)).toBe('NOT_FOUND');
    expect(await app.code(EDIT, { id: hiddenFromCustomers.id, body: 'x' }, commenter.token)).toBe('NOT_FOUND');
    expect(await app.code(HIDE, { id: 'not-an-id' }, manager.token)).toBe('NOT_FOUND');
  });

  it('loads an initiative page in the same number of statements for 5 and 50 comments', async () => {
    const page = 'query($id: ID!) { initiative(id: $id) { id comments { id bodyHtml author { displayName } replies { id author { displayName } } } } }';
    const measure = async (n: number) => {
      const id = await app.initiative(space.id, author);
      const people = [author, commenter, other];
      for (let i = 0; i < n; i += 1) {
        const top = await comment(id, `Comment ${i}`, people[i % 3]);
        if (i % 2) await comment(id, `Reply ${i}`, people[(i + 1) % 3], top.id);
      }
      return app.countStatements(() => app.ok(page, { id }, manager.token));
    };
    expect(await measure(50)).toBe(await measure(5));
  });
});
