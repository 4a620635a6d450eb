import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as people write it in initiatives and comments, rendered to HTML that is safe to inject.
 * Two layers: markdown-it with raw HTML off (tags are escaped, dangerous link schemes refused), then
 * sanitize-html with an allow-list, so a renderer bug alone cannot let a script through.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ABSOLUTE_LINK = /^(https?:\/\/|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Page headings belong to the page: a "# Title" in a body becomes a third-level heading.
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    a: (_tag, attribs) => {
      // Only absolute web and mail links: a relative or oddly encoded target is kept as plain text.
      const href = ABSOLUTE_LINK.test(attribs.href ?? '') ? attribs.href : undefined;
      return { tagName: href ? 'a' : 'span', attribs: href ? { ...attribs, href, rel: 'nofollow noopener noreferrer ugc' } : {} };
    },
  },
  disallowedTagsMode: 'discard',
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}

/** HTML stored when the text was written, or rendered now for a row written before that (or by raw SQL). */
export function storedOrRendered(html: string | null, source: string): string {
  return html ?? (source ? renderMarkdown(source) : '');
}
