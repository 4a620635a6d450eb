import { parseDocument } from 'htmlparser2';

import { renderMarkdown } from './markdown';

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[] };

/** Every element and attribute of the rendered HTML, as a browser would parse it. */
function elementsOf(html: string): { name: string; attribs: Record<string, string> }[] {
  const found: { name: string; attribs: Record<string, string> }[] = [];
  const walk = (node: Node) => {
    if (node.name) found.push({ name: node.name, attribs: node.attribs ?? {} });
    node.children?.forEach(walk);
  };
  walk(parseDocument(html, { decodeEntities: true }) as unknown as Node);
  return found;
}

const SAFE_ELEMENTS = new Set([
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
]);

/** Payloads from the usual XSS cheat sheets, plain and encoded; none may leave anything executable. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](%6A%61%76%61%73%63%72%69%70%74:alert(1))',
  '[click]( javascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>@import "javascript:alert(1)";</style>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<<script>script>alert(1)<</script>/script>',
  '"><script>alert(1)</script>',
  '`<script>alert(1)</script>`',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  'javascript:alert(1)',
  '<base href="javascript:alert(1)//">',
];

describe('renderMarkdown', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    // Parsed as a browser would: only harmless elements, no event handlers, links only to http(s)/mailto.
    for (const element of elementsOf(renderMarkdown(payload))) {
      expect(SAFE_ELEMENTS.has(element.name)).toBe(true);
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name).not.toMatch(/^on/i);
        expect(['href', 'title', 'rel', 'start', 'style']).toContain(name);
        if (name === 'href') expect(value.trim()).toMatch(/^(https?:|mailto:)/i);
        if (name === 'style') expect(value).toMatch(/^text-align:(left|right|center);?$/);
      }
    }
  });

  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**Bold** and _italic_\n\n- one\n- two')).toBe(
      '<p><strong>Bold</strong> and <em>italic</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('keeps safe links, marked nofollow, and autolinks URLs', () => {
    expect(renderMarkdown('[site](https://example.com)')).toBe(
      '<p><a href="https://example.com" rel="nofollow noopener noreferrer ugc">site</a></p>\n',
    );
    expect(renderMarkdown('see https://example.com')).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer ugc">');
  });

  it('keeps relative or encoded link targets as plain text', () => {
    expect(renderMarkdown('[x](/graphql)')).toBe('<p><span>x</span></p>\n');
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>\n');
  });

  it('demotes page-level headings', () => {
    expect(renderMarkdown('# Title\n## Sub')).toBe('<h3>Title</h3>\n<h4>Sub</h4>\n');
  });
});
