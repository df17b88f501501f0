// Sentences of a line with their offsets: split after 。！？； (and at line ends).
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const END = /[。！？；!?;]/;

/** Sentences of `text` (which starts at `base` in the document). */
export function splitSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // a closing quote after the stop belongs to the sentence
    if (END.test(c)) {
      let e = i + 1;
      while (e < text.length && /[”’」）)]/.test(text[e]!)) e++;
      if (e - from > 0) out.push({ text: text.slice(from, e), start: base + from, end: base + e });
      from = e;
      i = e - 1;
    }
  }
  if (from < text.length) out.push({ text: text.slice(from), start: base + from, end: base + text.length });
  return out.filter((s) => s.text.trim());
}
