// HTML page → article text and metadata. Keeps the main content (the element carrying most
// paragraph text), drops scripts, styles and navigation, and keeps paragraph breaks as newlines
// because the extractor segments articles and sentences by line.
import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser';

export interface HtmlDocument {
  text: string;
  title: string | null;
  /** Raw date string from the markup (normalised later), or null. */
  date: string | null;
  source: string | null;
  url: string | null;
}

const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select';
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article',
  'blockquote', 'pre', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'main', 'center', 'td', 'th',
]);
// Explicit article containers used by common CMSs (TRS on many government sites, WordPress, schema.org).
const CONTENT_SELECTORS = ['[itemprop=articleBody]', 'article', '.TRS_Editor', '#ozoom', '.article-content', '.article', '#content', '.content', 'main'];
const DATE_META = ['article:published_time', 'pubdate', 'publishdate', 'publish_date', 'publishtime', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'firstpublishedtime'];
const SOURCE_META = ['contentsource', 'source', 'og:site_name', 'sitename', 'site_name', 'application-name'];

export function parseHtml(html: string): HtmlDocument {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const meta = metaMap(root);
  const h1 = clean(root.querySelector('h1')?.text ?? '');
  const titleTag = clean(root.querySelector('title')?.text ?? '');
  const title = h1 || meta.get('og:title') || titleTag || null;
  const date = firstOf(meta, DATE_META) ?? root.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const source = firstOf(meta, SOURCE_META) ?? null;
  const url = root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? meta.get('og:url') ?? null;

  for (const el of root.querySelectorAll(DROP)) el.remove();
  const content = mainContent(root);
  let text = blockText(content);
  // A headline outside the content element still belongs to the article (events are named there).
  if (title && !text.slice(0, title.length + 20).includes(title)) text = `${title}\n${text}`;
  return { text, title, date: date ? date.trim() : null, source: source ? source.trim() : null, url };
}

function metaMap(root: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of root.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const value = m.getAttribute('content');
    if (key && value && value.trim() && !out.has(key)) out.set(key, value.trim());
  }
  return out;
}

function firstOf(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return undefined;
}

/** The explicit article container if the page has one with real text, else the densest paragraph holder. */
function mainContent(root: HTMLElement): HTMLElement {
  for (const sel of CONTENT_SELECTORS) {
    const el = root.querySelector(sel);
    if (el && clean(el.text).length >= 20) return el;
  }
  let best: HTMLElement | null = null;
  let bestLen = 0;
  const seen = new Set<HTMLElement>();
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentNode;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    let len = 0;
    for (const child of parent.childNodes) {
      if (child instanceof HTMLElement && child.rawTagName?.toLowerCase() === 'p') len += clean(child.text).length;
    }
    if (len > bestLen) {
      bestLen = len;
      best = parent;
    }
  }
  return best ?? root.querySelector('body') ?? root;
}

/** Text with one line per block element, whitespace inside lines collapsed. */
function blockText(el: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof TextNode) {
      parts.push(node.text);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map(clean)
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Collapses whitespace (incl. &nbsp; and full-width spaces used for indentation). */
function clean(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
