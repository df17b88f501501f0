// Markdown → plain text: the extractor reads sentences, so markup characters (#, >, **, links)
// are removed while the words and line structure stay.

// A page's top heading is often the masthead (`云岭日报 · 2026年3月12日 · 第1版`), not a headline.
const MASTHEAD = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*[一二三四五六七八九十\d]+\s*版/;

export interface MarkdownDocument {
  text: string;
  /** The first `# ` heading, if any. */
  title: string | null;
}

export function parseMarkdown(md: string): MarkdownDocument {
  let title: string | null = null;
  const lines = md.split(/\r?\n/).map((line) => {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = heading[1] ?? '';
      if (title === null && /^\s{0,3}#\s/.test(line) && !MASTHEAD.test(text)) title = text;
      return text;
    }
    return line
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|`)/g, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/, '');
  });
  return { text: lines.join('\n'), title };
}
