// Hides spans no person name may come from (quotations, book titles, bylines) by overwriting
// them with a placeholder of the same length, so offsets stay valid.
export const MASK = '\u2591';

export interface Span {
  start: number;
  end: number;
}

/** Spans inside “…”, 《…》 and 〈…〉 (brackets included). */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /“[^“”\n]{0,80}”|《[^《》\n]{0,80}》|〈[^〈〉\n]{0,40}〉|「[^「」\n]{0,80}」/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function applyMask(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    const from = Math.max(pos, s.start);
    out += text.slice(pos, from) + MASK.repeat(s.end - from);
    pos = s.end;
  }
  return out + text.slice(pos);
}
