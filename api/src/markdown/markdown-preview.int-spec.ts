import { graphql } from '../../../test/support/gql';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const MarkdownPreview = graphql(`
  query MarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

const ProposeForPreview = graphql(`
  mutation ProposeForPreview($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      bodyHtml
    }
  }
`);

const CommentForPreview = graphql(`
  mutation CommentForPreview($input: CommentInput!) {
    commentOnInitiative(input: $input) {
      id
      bodyHtml
    }
  }
`);

/** Markdown with the usual XSS payloads among ordinary formatting. */
const HOSTILE = [
  '## Plan',
  '**Bold** and _soft_ words, a [good link](https://example.com) and a [bad one](javascript:alert(1)).',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)" onclick="alert(2)">click</a>',
  '<iframe src="https://evil.example"></iframe>',
  '- one\n- two',
].join('\n\n');

describe('markdownPreview', () => {
  let app: TestApp;
  let author: TestUser;
  beforeAll(async () => {
    app = await TestApp.start();
    author = await app.make.user({ role: 'EMPLOYEE' });
  });
  afterAll(() => app.close());

  it('renders and sanitises exactly as the saved description and comment will be', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    const { markdownPreview } = await app.as(author).send(MarkdownPreview, { markdown: HOSTILE });
    const { proposeInitiative } = await app.as(author).send(ProposeForPreview, {
      input: { spaceId: space.id, title: 'A preview that agrees', body: HOSTILE, orientation: 'CUSTOMER', tags: [] },
    });
    const { commentOnInitiative } = await app.as(author).send(CommentForPreview, {
      input: { initiativeId: proposeInitiative.id, body: HOSTILE },
    });

    expect(markdownPreview).toBe(proposeInitiative.bodyHtml);
    expect(markdownPreview).toBe(commentOnInitiative.bodyHtml);
    expect(markdownPreview).toContain('<strong>Bold</strong>');
    expect(markdownPreview).toContain('href="https://example.com"');
    // The payloads survive only as escaped text: no element, handler or javascript: link runs.
    expect(markdownPreview).not.toMatch(/<(script|img|iframe)\b/i);
    expect(markdownPreview).not.toMatch(/<[^>]*\son\w+=/i);
    expect(markdownPreview).not.toMatch(/<a\b[^>]*href="\s*javascript:/i);
    expect(markdownPreview).toContain('&lt;script&gt;');
  });

  it('renders an empty draft as nothing', async () => {
    await expect(app.as(author).send(MarkdownPreview, { markdown: '   ' })).resolves.toEqual({ markdownPreview: '' });
  });

  it('refuses a text longer than the longest field it previews', async () => {
    const result = await app.as(author).run(MarkdownPreview, { markdown: 'a'.repeat(20_001) });
    expect(result).toHaveErrorCode('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual({ markdown: expect.stringContaining('20000') });
  });

  it('answers only people who are signed in', async () => {
    await expect(app.as().send(MarkdownPreview, { markdown: '**hi**' })).rejects.toHaveErrorCode('UNAUTHENTICATED');
  });
});
