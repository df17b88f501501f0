// Accuracy on the synthetic ground truth: extract every page, write predictions in the GUIDE's
// format and run the shared scorer on them. A sanity check that the generator and the extractor
// agree, not the real measure (that is the hand-made gold of real pages).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../paths.js';
import { listPages, localeOf, readPage } from '../pages.js';

export type Scores = Record<string, { f1?: number; precision?: number; recall?: number; accuracy?: number }>;

/** ../shared/eval/score.mjs next to the checkout, or $KG_SCORER; null when neither exists (a user's clone). */
export function scorerPath(): string | null {
  const candidates = [process.env.KG_SCORER, fromRoot('..', 'shared', 'eval', 'score.mjs')].filter((x): x is string => !!x);
  return candidates.find((p) => existsSync(p)) ?? null;
}

type Extract = (input: { text: string; file?: string; locale?: string }) => unknown;
type ToEval = (result: unknown, documentName: string) => unknown;

export function measureAccuracy(dir: string, work: string, extract: Extract, toEvalFormat: ToEval, scorer: string): Scores {
  const pred = join(work, 'pred');
  mkdirSync(pred, { recursive: true });
  for (const page of listPages(dir)) {
    const text = readPage(page);
    const locale = localeOf(text);
    const result = extract({ text, file: page.file, ...(locale ? { locale } : {}) });
    writeFileSync(join(pred, page.file.replace(/\.txt$/, '.json')), JSON.stringify(toEvalFormat(result, page.file)));
  }
  const out = join(work, 'scores.json');
  const run = spawnSync(process.execPath, [scorer, join(dir, 'gold'), pred, '--json', out], { encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`scorer failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Scores;
}
