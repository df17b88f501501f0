// The seed pages scored by the shared scorer, held at floors. A user's clone has no ../shared.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { toEvalFormat } from '../../src/extract/eval-format.js';
import { EvalPrediction } from '../../schema/eval.js';
import { iterateDocuments } from '../../ingest/read-documents.js';
import { outputName } from '../../src/cli/commands/extract.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
const has = existsSync(join(shared, 'eval', 'score.mjs'));
if (!has) console.warn(`seed accuracy tests skipped: ${shared} (seeds, gold, scorer) is not beside this clone`);

const FLOORS = { persons: 0.97, titles: 0.95, bylines: 0.97, events: 0.9, participation: 0.95, coattendance: 0.95 };

describe.skipIf(!has)('seed pages against the gold answers', () => {
  it(`scores at or above the floors ${JSON.stringify(FLOORS)}`, () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-seeds-'));
    try {
      for (const f of readdirSync(join(shared, 'seeds')).filter((x) => x.endsWith('.txt'))) {
        const r = extract({ text: readFileSync(join(shared, 'seeds', f), 'utf8'), file: f });
        const pred = EvalPrediction.parse(toEvalFormat(r, f));
        writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(pred));
      }
      const args = [join(shared, 'eval', 'score.mjs'), join(shared, 'eval', 'gold'), out, '--json', join(out, 'score.json')];
      for (const [k, v] of Object.entries(FLOORS)) args.push('--min', `${k}=${v}`);
      const res = spawnSync(process.execPath, args, { encoding: 'utf8' });
      expect(res.stdout).toContain('F1:');
      expect(res.status, res.stdout).toBe(0);
      const score = JSON.parse(readFileSync(join(out, 'score.json'), 'utf8')) as Record<string, { f1?: number }>;
      for (const [k, v] of Object.entries(FLOORS)) expect(score[k]!.f1!).toBeGreaterThanOrEqual(v);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

// The bundled samples (every input kind and encoding) have their own gold in samples/gold.
const SAMPLE_FLOORS = { persons: 0.97, titles: 0.95, bylines: 0.95, events: 0.95, participation: 0.95, coattendance: 0.95 };

describe.skipIf(!has)('bundled samples against samples/gold', () => {
  it(`scores at or above the floors ${JSON.stringify(SAMPLE_FLOORS)}`, async () => {
    const samples = join(import.meta.dirname, '..', '..', 'samples');
    const out = mkdtempSync(join(tmpdir(), 'kg-samples-'));
    try {
      for (const f of readdirSync(samples).filter((x) => x.startsWith('2026-'))) {
        for await (const item of iterateDocuments(join(samples, f))) {
          if (item.kind !== 'document') throw new Error(`${f}: ${item.error.reason}`);
          const doc = item.document;
          const r = extract(doc, { date: doc.date ?? null });
          writeFileSync(join(out, outputName(doc, f)), JSON.stringify(EvalPrediction.parse(toEvalFormat(r, f))));
        }
      }
      const args = [join(shared, 'eval', 'score.mjs'), join(samples, 'gold'), out, '--json', join(out, 'score.json')];
      for (const [k, v] of Object.entries(SAMPLE_FLOORS)) args.push('--min', `${k}=${v}`);
      const res = spawnSync(process.execPath, args, { encoding: 'utf8' });
      expect(res.status, res.stdout).toBe(0);
      const score = JSON.parse(readFileSync(join(out, 'score.json'), 'utf8')) as Record<string, { f1?: number }>;
      for (const [k, v] of Object.entries(SAMPLE_FLOORS)) expect(score[k]!.f1!).toBeGreaterThanOrEqual(v);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
