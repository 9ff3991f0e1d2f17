/**
 * A small allow-list Markdown renderer for forum posts. Everything typed is HTML-escaped first, and
 * only the elements built here can appear: paragraphs, line breaks, emphasis, inline and fenced
 * code, quotes, lists, links and mentions. No raw HTML passes, so there is no script, style or
 * event handler to strip; links are http(s) only and carry `rel="nofollow ugc noopener"`.
 */

export interface RenderOptions {
  /** The address of a mentioned talent's profile, e.g. `(slug) => routePath(lang, 'talent', { slug })`. */
  mentionHref: (slug: string) => string;
}

const LINK_REL = 'nofollow ugc noopener';
/** `@slug` where a talent slug may stand: lowercase words joined by hyphens, not inside a word or address. */
const MENTION = /(^|[^\p{L}\p{N}_@/.-])@([a-z0-9]+(?:-[a-z0-9]+)*)/gu;
const URL_TEXT = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/g;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The talent slugs a post mentions, each once, in order. */
export function extractMentions(body: string): string[] {
  const found = new Set<string>();
  for (const match of withoutCode(body).matchAll(MENTION)) found.add(match[2]!);
  return [...found];
}

/** How many web addresses a post holds, for the limits of new accounts. */
export function countLinks(body: string): number {
  return (body.match(URL_TEXT) ?? []).length;
}

/** The Markdown that quotes `body` by `author` at the start of a reply. */
export function quoteOf(author: string, body: string): string {
  const lines = body.trim().split(/\r?\n/);
  return `> **${author}:**\n${lines.map((line) => `> ${line}`).join('\n')}\n\n`;
}

/** Marks where a finished piece of HTML is set aside; typed text never keeps this character. */
const MARK = String.fromCharCode(0);
const KEPT = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

/** Renders a post's Markdown to safe HTML. */
export function renderMarkdown(body: string, options: RenderOptions): string {
  return renderBlocks(body.replace(/\r\n?/g, '\n').split('\n'), options, 0);
}

function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

/** Quotes nest at most this deep; deeper `>` stay as text. */
const MAX_QUOTE_DEPTH = 3;

function renderBlocks(lines: string[], options: RenderOptions, depth: number): string {
  const html: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
      const stop = end === -1 ? lines.length : end;
      html.push(`<pre><code>${escapeHtml(lines.slice(i + 1, stop).join('\n'))}</code></pre>`);
      i = stop + 1;
    } else if (/^>\s?/.test(line) && depth < MAX_QUOTE_DEPTH) {
      const quoted: string[] = [];
      for (; i < lines.length && /^>\s?/.test(lines[i]!); i++) quoted.push(lines[i]!.replace(/^>\s?/, ''));
      html.push(`<blockquote>${renderBlocks(quoted, options, depth + 1)}</blockquote>`);
    } else if (/^[-*]\s+/.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^[-*]\s+/.test(lines[i]!); i++) {
        items.push(`<li>${renderInline(lines[i]!.replace(/^[-*]\s+/, ''), options)}</li>`);
      }
      html.push(`<ul>${items.join('')}</ul>`);
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && isParagraphLine(lines[i]!, depth); i++) paragraph.push(lines[i]!);
      html.push(`<p>${paragraph.map((l) => renderInline(l, options)).join('<br>')}</p>`);
    }
  }
  return html.join('');
}

function isParagraphLine(line: string, depth: number): boolean {
  if (line.trim() === '' || line.startsWith('```') || /^[-*]\s+/.test(line)) return false;
  return !(/^>\s?/.test(line) && depth < MAX_QUOTE_DEPTH);
}

function link(href: string, text: string): string {
  return `<a href="${href}" rel="${LINK_REL}">${text}</a>`;
}

/** Inline marks of one line; code spans and links are set aside first so nothing inside them changes. */
function renderInline(raw: string, options: RenderOptions): string {
  const kept: string[] = [];
  const keep = (html: string) => `${MARK}${kept.push(html) - 1}${MARK}`;
  let text = raw
    .replaceAll(MARK, '')
    .replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${escapeHtml(code)}</code>`));
  text = text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s()<>]+)\)/g, (_, label: string, url: string) =>
    keep(link(escapeHtml(url), escapeHtml(label))),
  );
  text = text.replace(URL_TEXT, (url) => keep(link(escapeHtml(url), escapeHtml(url))));
  text = text.replace(MENTION, (_, before: string, slug: string) =>
    keep(`${escapeHtml(before)}<a href="${escapeHtml(options.mentionHref(slug))}">@${slug}</a>`),
  );
  text = escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
  return text.replace(KEPT, (_, n: string) => kept[Number(n)]!);
}
