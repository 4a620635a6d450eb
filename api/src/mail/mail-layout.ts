import type { Locale } from '@red-chair/domain';

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/** What a mail says, before it is laid out: each kind of mail builds one of these per language. */
export interface MailParts {
  locale: Locale;
  subject: string;
  /** The first line mail clients show next to the subject. */
  preview: string;
  heading: string;
  paragraphs: string[];
  /** Groups of short items under a linked title (a digest: one group per initiative). */
  sections?: MailSection[];
  /** The one thing the reader can do, as a button (and a plain link in the text part). */
  action?: { label: string; url: string };
  /** Said under the button: how long the link works, what to do if it was not you… */
  note?: string;
  /** Why this mail was sent to this reader. */
  reason: string;
  /** Links in the footer (unsubscribe, settings). */
  footer?: { label: string; url: string }[];
}

export interface MailSection {
  title: string;
  url: string;
  /** `link`: where this item leads when it is not the section's page (a comment, an answer). */
  items: { text: string; link?: { label: string; url: string }; at?: string }[];
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

// Inline styles only: most mail clients drop <style> blocks and never load remote CSS or images.
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const RED = '#b3261e';

/** HTML that renders in common mail clients (tables, inline CSS, no images) and its plain-text twin. */
export function layOut(parts: MailParts): MailContent {
  const paragraphs = parts.paragraphs
    .map((p) => `<p style="margin:0 0 16px;${FONT};font-size:16px;line-height:24px;color:#1f1f1f">${escapeHtml(p)}</p>`)
    .join('');
  const sections = (parts.sections ?? [])
    .map(
      (section) =>
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 20px;border-left:3px solid ${RED}"><tr><td style="padding:2px 0 2px 14px">` +
        `<p style="margin:0 0 8px;${FONT};font-size:17px;line-height:24px;font-weight:600"><a href="${escapeHtml(section.url)}" style="color:#1f1f1f;text-decoration:underline">${escapeHtml(section.title)}</a></p>` +
        section.items
          .map(
            (item) =>
              `<p style="margin:0 0 8px;${FONT};font-size:15px;line-height:22px;color:#1f1f1f">` +
              (item.at ? `<span style="color:#5f5f5f;font-size:13px">${escapeHtml(item.at)}</span><br>` : '') +
              escapeHtml(item.text) +
              (item.link
                ? `<br><a href="${escapeHtml(item.link.url)}" style="color:${RED};font-size:14px;font-weight:600">${escapeHtml(item.link.label)}</a>`
                : '') +
              `</p>`,
          )
          .join('') +
        `</td></tr></table>`,
    )
    .join('');
  const action = parts.action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="background:${RED};border-radius:6px">` +
      `<a href="${escapeHtml(parts.action.url)}" style="display:inline-block;padding:12px 20px;${FONT};font-size:16px;font-weight:600;color:#ffffff;text-decoration:none">${escapeHtml(parts.action.label)}</a>` +
      `</td></tr></table>` +
      `<p style="margin:0 0 16px;${FONT};font-size:13px;line-height:20px;color:#5f5f5f;word-break:break-all">${escapeHtml(parts.action.url)}</p>`
    : '';
  const note = parts.note
    ? `<p style="margin:0 0 16px;${FONT};font-size:14px;line-height:20px;color:#5f5f5f">${escapeHtml(parts.note)}</p>`
    : '';
  const footer = (parts.footer ?? [])
    .map((link) => `<a href="${escapeHtml(link.url)}" style="color:#5f5f5f">${escapeHtml(link.label)}</a>`)
    .join(' · ');
  const html =
    `<!doctype html><html lang="${parts.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f4f1ee">` +
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(parts.preview)}</div>` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f1ee"><tr><td align="center" style="padding:24px 12px">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px"><tr><td style="padding:28px 28px 12px">` +
    `<p style="margin:0 0 20px;${FONT};font-size:14px;font-weight:700;letter-spacing:.04em;color:${RED}">RED CHAIR</p>` +
    `<h1 style="margin:0 0 16px;${FONT};font-size:22px;line-height:28px;color:#1f1f1f">${escapeHtml(parts.heading)}</h1>` +
    paragraphs +
    sections +
    action +
    note +
    `</td></tr><tr><td style="padding:16px 28px 24px;border-top:1px solid #e6e1dc">` +
    `<p style="margin:0 0 8px;${FONT};font-size:12px;line-height:18px;color:#5f5f5f">${escapeHtml(parts.reason)}</p>` +
    (footer ? `<p style="margin:0;${FONT};font-size:12px;line-height:18px;color:#5f5f5f">${footer}</p>` : '') +
    `</td></tr></table></td></tr></table></body></html>`;
  const text = [
    parts.heading,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.sections ?? []).flatMap((section) => [
      `## ${section.title}`,
      section.url,
      ...section.items.map(
        (item) => `- ${item.at ? `${item.at}: ` : ''}${item.text}${item.link ? `\n  ${item.link.label}: ${item.link.url}` : ''}`,
      ),
      '',
    ]),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    ...(parts.note ? [parts.note, ''] : []),
    '--',
    parts.reason,
    ...(parts.footer ?? []).map((link) => `${link.label}: ${link.url}`),
  ].join('\n');
  return { subject: parts.subject, html, text: `${text}\n` };
}
