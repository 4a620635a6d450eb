import { graphql } from '../../../test/support/gql';
import type { CommentInput } from '../../../test/support/gql/graphql';
import { DeleteComment, HideComment, UnhideComment } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const CommentOnInitiative = graphql(`
  mutation CommentOnInitiative($input: CommentInput!) {
    commentOnInitiative(input: $input) {
      id
      body
      bodyHtml
      hidden
      deleted
      parent {
        id
      }
      author {
        id
      }
      initiative {
        id
        commentCount
        viewerIsFollowing
      }
    }
  }
`);

const EditComment = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
    }
  }
`);

const CommentThread = graphql(`
  query CommentThread($id: ID!) {
    initiative(id: $id) {
      commentCount
      comments {
        id
        body
        hidden
        deleted
        replies {
          id
          body
        }
      }
    }
  }
`);

const InitiativePageComments = graphql(`
  query InitiativePageComments($id: ID!) {
    initiative(id: $id) {
      id
      comments {
        id
        bodyHtml
        author {
          displayName
        }
        replies {
          id
          author {
            displayName
          }
        }
      }
    }
  }
`);

describe('comments', () => {
  let app: TestApp;
  let author: TestUser;
  let commenter: TestUser;
  let other: TestUser;
  let manager: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [author, commenter, other, manager] = await Promise.all([
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'MANAGER' }),
    ]);
    space = await app.make.space();
  });
  afterAll(() => app.close());

  const comment = async (initiativeId: string, body: string, as: TestUser, parentId?: string) =>
    (await app.as(as).send(CommentOnInitiative, { input: { initiativeId, body, parentId } })).commentOnInitiative;
  const thread = async (id: string, as: TestUser) => (await app.as(as).send(CommentThread, { id })).initiative;
  const storedCount = async (id: string) =>
    (await app.db.query<{ comment_count: number }[]>('SELECT comment_count FROM initiatives WHERE id = $1', [id]))[0].comment_count;

  it('comments and replies one level deep, counting every visible one; the commenter follows', async () => {
    const { id } = await app.make.initiative({ space, author });
    const top = await comment(id, 'Great idea, **really**', commenter);
    expect(top).toMatchObject({
      body: 'Great idea, **really**',
      bodyHtml: '<p>Great idea, <strong>really</strong></p>\n',
      parent: null,
      initiative: { commentCount: 1, viewerIsFollowing: true },
    });
    const reply = await comment(id, 'Agreed', other, top.id);
    expect(reply.parent).toEqual({ id: top.id });
    expect(reply.initiative.commentCount).toBe(2);
    const deeper = await app.as(commenter).run(CommentOnInitiative, { input: { initiativeId: id, body: 'Deeper', parentId: reply.id } });
    expect(deeper).toHaveErrorCode('BAD_USER_INPUT');
    expect(deeper.errors?.[0].extensions?.fields).toEqual({ parentId: expect.any(String) });
    expect((await thread(id, author))?.comments).toEqual([
      { id: top.id, body: 'Great idea, **really**', hidden: false, deleted: false, replies: [{ id: reply.id, body: 'Agreed' }] },
    ]);
    expect(await storedCount(id)).toBe(2);
  });

  it('refuses a parent from another initiative, empty and oversized bodies, and changes nothing', async () => {
    const first = await app.make.initiative({ space, author });
    const second = await app.make.initiative({ space, author });
    const foreign = await comment(first.id, 'On the first one', commenter);
    const refused: CommentInput[] = [
      { initiativeId: second.id, body: 'Wrong parent', parentId: foreign.id },
      { initiativeId: second.id, body: '   ' },
      { initiativeId: second.id, body: 'x'.repeat(5001) },
    ];
    for (const input of refused) {
      await expect(app.as(commenter).send(CommentOnInitiative, { input })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    }
    expect(await storedCount(second.id)).toBe(0);
  });

  it('sanitises the rendered body', async () => {
    const { id } = await app.make.initiative({ space, author });
    const created = await comment(id, '<script>alert(1)</script> [x](javascript:alert(1))', commenter);
    expect(created.bodyHtml).not.toMatch(/<script|href="javascript/i);
  });

  it('lets only the author edit and delete; deletion keeps a placeholder while replies exist', async () => {
    const { id } = await app.make.initiative({ space, author });
    const top = await comment(id, 'First thought', commenter);
    await comment(id, 'A reply', other, top.id);
    await expect(app.as(other).send(EditComment, { id: top.id, body: 'Hijack' })).rejects.toHaveErrorCode('FORBIDDEN');
    const { editComment } = await app.as(commenter).send(EditComment, { id: top.id, body: 'Second thought' });
    expect(editComment.body).toBe('Second thought');
    expect(editComment.editedAt).toBeTruthy();
    await expect(app.as(manager).send(DeleteComment, { id: top.id })).rejects.toHaveErrorCode('FORBIDDEN');
    expect((await app.as(commenter).send(DeleteComment, { id: top.id })).deleteComment).toBe(true);
    const seen = await thread(id, other);
    expect(seen?.commentCount).toBe(1);
    expect(seen?.comments).toEqual([
      { id: top.id, body: '', hidden: false, deleted: true, replies: [expect.objectContaining({ body: 'A reply' })] },
    ]);
    await expect(app.as(commenter).send(EditComment, { id: top.id, body: 'Back from the dead' })).rejects.toHaveErrorCode('BAD_USER_INPUT');
  });

  it('lets managers hide and unhide any comment; hidden ones leave the count and other people’s view', async () => {
    const { id } = await app.make.initiative({ space, author });
    const rude = await comment(id, 'Something rude', commenter);
    await expect(app.as(author).send(HideComment, { id: rude.id })).rejects.toHaveErrorCode('FORBIDDEN');
    expect((await app.as(manager).send(HideComment, { id: rude.id })).hideComment.hidden).toBe(true);
    expect((await app.as(manager).send(HideComment, { id: rude.id })).hideComment.hidden).toBe(true);
    expect(await storedCount(id)).toBe(0);
    expect((await thread(id, other))?.comments).toEqual([]);
    expect((await thread(id, commenter))?.comments).toEqual([expect.objectContaining({ body: 'Something rude', hidden: true })]);
    expect((await thread(id, manager))?.comments).toEqual([expect.objectContaining({ body: 'Something rude', hidden: true })]);
    // deleting a hidden comment does not count it out twice
    await app.as(commenter).send(DeleteComment, { id: rude.id });
    expect(await storedCount(id)).toBe(0);
    const kept = await comment(id, 'Fine words', commenter);
    await app.as(manager).send(HideComment, { id: kept.id });
    expect((await app.as(manager).send(UnhideComment, { id: kept.id })).unhideComment.hidden).toBe(false);
    expect(await storedCount(id)).toBe(1);
  });

  it('is NOT_FOUND on initiatives and comments the viewer cannot see', async () => {
    const internal = await app.make.space({ kind: 'INTERNAL' });
    const { id } = await app.make.initiative({ space: internal, author });
    const hiddenFromCustomers = await comment(id, 'Internal talk', author);
    await expect(app.as(commenter).send(CommentOnInitiative, { input: { initiativeId: id, body: 'Let me in' } })).rejects.toHaveErrorCode(
      'NOT_FOUND',
    );
    await expect(app.as(commenter).send(EditComment, { id: hiddenFromCustomers.id, body: 'x' })).rejects.toHaveErrorCode('NOT_FOUND');
    await expect(app.as(manager).send(HideComment, { id: 'not-an-id' })).rejects.toHaveErrorCode('NOT_FOUND');
  });

  it('loads an initiative page in the same number of statements for 5 and 50 comments', async () => {
    const measure = async (n: number) => {
      const { id } = await app.make.initiative({ space, author });
      const people = [author, commenter, other];
      for (let i = 0; i < n; i += 1) {
        const top = await comment(id, `Comment ${i}`, people[i % 3]);
        if (i % 2) await comment(id, `Reply ${i}`, people[(i + 1) % 3], top.id);
      }
      return app.countStatements(() => app.as(manager).send(InitiativePageComments, { id }));
    };
    expect(await measure(50)).toBe(await measure(5));
  });
});
