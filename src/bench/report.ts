// Turns benchmark figures into a terminal table and the Markdown kept in docs/benchmarks.md.
import type { Machine } from './measure.js';
import type { Throughput } from './sections/throughput.js';
import type { IngestFigures } from './sections/ingest.js';
import type { BrowserOutcome, ViewerFigures } from './sections/viewer.js';
import type { Scores } from './sections/accuracy.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface SizeFigures {
  articles: number;
  pages: number;
  mb: number;
  generateSeconds: number;
  extract: Outcome<Throughput>;
  jieba: Outcome<Throughput>;
  pool: Outcome<Throughput & { threads: number; implementation: string }>;
  ingestKuzu: Outcome<IngestFigures>;
  ingestNeo4j: Outcome<IngestFigures>;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  seed: string;
  runs: number;
  sizes: SizeFigures[];
  viewer: Outcome<ViewerFigures & { note?: string; browser: BrowserOutcome }>;
  accuracy: Outcome<{ articles: number; scores: Scores }>;
  growth: Outcome<{ from: number; to: number; extractTimePerArticle: number; extractPeakRss: number; ingestTimePerArticle: number | null; ingestPeakRss: number | null }>;
  targets: { name: string; target: string; measured: string; met: boolean | null }[];
}

const f = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');
const n0 = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const cell = <T>(o: Outcome<T>, show: (v: T) => string): string => (o.ok ? show(o.value) : 'n/a');

type Row = [string, ...string[]];

function sizeRows(r: BenchReport): Row[] {
  const rows: Row[] = [
    ['corpus (pages, MB)', ...r.sizes.map((s) => `${n0(s.pages)} p, ${f(s.mb)} MB`)],
    ['extract, 1 thread: MB/s', ...r.sizes.map((s) => cell(s.extract, (v) => f(v.mbPerS, 2)))],
    ['extract, 1 thread: articles/s', ...r.sizes.map((s) => cell(s.extract, (v) => n0(v.articlesPerS)))],
    ['extract, 1 thread: peak RSS MB', ...r.sizes.map((s) => cell(s.extract, (v) => f(v.peakRssMB, 0)))],
    ['extract, pool: MB/s (threads)', ...r.sizes.map((s) => cell(s.pool, (v) => `${f(v.mbPerS, 2)} (${v.threads})`))],
    ['extract, pool: articles/s', ...r.sizes.map((s) => cell(s.pool, (v) => n0(v.articlesPerS)))],
    ['extract, pool: peak RSS MB', ...r.sizes.map((s) => cell(s.pool, (v) => f(v.peakRssMB, 0)))],
    ['jieba tag, 1 thread: MB/s', ...r.sizes.map((s) => cell(s.jieba, (v) => f(v.mbPerS, 2)))],
    ['extractor ÷ jieba (speed)', ...r.sizes.map((s) => (s.extract.ok && s.jieba.ok ? `${f(s.extract.value.mbPerS / s.jieba.value.mbPerS, 2)}×` : 'n/a'))],
    ['ingest Kuzu: seconds', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => f(v.seconds, 1)))],
    ['ingest Kuzu: documents/s', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => n0(v.documentsPerS)))],
    ['ingest Kuzu: articles/s', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => n0(v.articlesPerS)))],
    ['ingest Kuzu: rows/s', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => n0(v.rowsPerS)))],
    ['ingest Kuzu: rows/s of store time', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => (v.storeRowsPerS === null ? 'n/a' : n0(v.storeRowsPerS))))],
    ['ingest Kuzu: peak RSS MB', ...r.sizes.map((s) => cell(s.ingestKuzu, (v) => f(v.peakRssMB, 0)))],
    ['ingest Neo4j: documents/s', ...r.sizes.map((s) => cell(s.ingestNeo4j, (v) => n0(v.documentsPerS)))],
    ['ingest Neo4j: rows/s', ...r.sizes.map((s) => cell(s.ingestNeo4j, (v) => n0(v.rowsPerS)))],
  ];
  return rows;
}

function reasons(r: BenchReport): string[] {
  const out = new Set<string>();
  for (const s of r.sizes) {
    for (const [name, o] of [['extract', s.extract], ['pool', s.pool], ['jieba', s.jieba], ['ingest Kuzu', s.ingestKuzu], ['ingest Neo4j', s.ingestNeo4j]] as const) {
      if (!o.ok) out.add(`${name}: ${o.reason}`);
    }
  }
  if (!r.viewer.ok) out.add(`viewer: ${r.viewer.reason}`);
  else {
    if (r.viewer.value.note) out.add(`viewer: ${r.viewer.value.note}`);
    if (!r.viewer.value.browser.ok) out.add(`viewer in Chromium: ${r.viewer.value.browser.reason}`);
  }
  if (!r.accuracy.ok) out.add(`accuracy: ${r.accuracy.reason}`);
  if (!r.growth.ok) out.add(`growth: ${r.growth.reason}`);
  return [...out];
}

/** Which code produced the ingest and viewer figures (the benchmark has fallbacks). */
function implementations(r: BenchReport): string[] {
  const out = new Set<string>();
  for (const s of r.sizes) {
    if (s.pool.ok) out.add(`extract, pool: ${s.pool.value.implementation}`);
    if (s.ingestKuzu.ok) out.add(`ingest: ${s.ingestKuzu.value.implementation}`);
  }
  if (r.viewer.ok) out.add(`viewer: ${r.viewer.value.implementation}`);
  return [...out];
}

function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM (${m.freeMemoryGB} GB free), Node ${m.node}, ${m.os}`;
}

function otherRows(r: BenchReport): Row[] {
  const rows: Row[] = [];
  if (r.viewer.ok) {
    const v = r.viewer.value;
    rows.push([`viewer graph (${n0(v.people)} people, ${n0(v.meetings)} meetings)`, `${n0(v.nodes)} nodes, ${n0(v.edges)} edges`]);
    rows.push(['viewer: projection ms', f(v.projectionMs, 0)]);
    rows.push(['viewer: communities ms', f(v.communitiesMs, 0)]);
    rows.push([`viewer: layout ms (${v.iterations} FA2 iterations${v.noverlapMs > 0 ? ' + noverlap' : ''})`, f(v.layoutMs, 0)]);
    rows.push(['viewer: total ms', f(v.totalMs, 0)]);
    if (v.browser.ok) {
      const b = v.browser.value;
      rows.push([`viewer in Chromium (${n0(b.nodes)} nodes): first interactive frame ms`, f(b.interactiveMs, 0)]);
      rows.push(['viewer in Chromium: layout finished ms', f(b.layoutDoneMs, 0)]);
      rows.push(['viewer in Chromium: frame interval pan / zoom / hover ms', `${f(b.phases.pan.intervalMs, 0)} / ${f(b.phases.zoom.intervalMs, 0)} / ${f(b.phases.hover.intervalMs, 0)}`]);
      rows.push(['viewer in Chromium: reopen (cached layout) ms', f(b.reopenMs, 0)]);
    }
  }
  if (r.accuracy.ok) {
    const s = r.accuracy.value.scores;
    for (const k of ['persons', 'titles', 'affiliations', 'bylines', 'organizations', 'events', 'participation', 'coattendance']) {
      if (s[k]?.f1 !== undefined) rows.push([`accuracy (${n0(r.accuracy.value.articles)} synthetic articles): ${k} F1`, f(s[k].f1 ?? NaN, 3)]);
    }
    for (const k of ['roles', 'dates']) if (s[k]?.accuracy !== undefined) rows.push([`accuracy: ${k}`, f(s[k].accuracy ?? NaN, 3)]);
  }
  if (r.growth.ok) {
    const g = r.growth.value;
    rows.push([`growth ${n0(g.from)} → ${n0(g.to)}: extract time per article`, `${f(g.extractTimePerArticle, 2)}×`]);
    rows.push([`growth ${n0(g.from)} → ${n0(g.to)}: extract peak RSS`, `${f(g.extractPeakRss, 2)}×`]);
    if (g.ingestTimePerArticle !== null) rows.push([`growth ${n0(g.from)} → ${n0(g.to)}: ingest time per article`, `${f(g.ingestTimePerArticle, 2)}×`]);
    if (g.ingestPeakRss !== null) rows.push([`growth ${n0(g.from)} → ${n0(g.to)}: ingest peak RSS`, `${f(g.ingestPeakRss, 2)}×`]);
  }
  return rows;
}

function textTable(header: Row, rows: Row[]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i] ?? ''))));
  const line = (r: Row) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : padStart(c, widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
// CJK characters take two columns in a terminal.
const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

function mdTable(header: Row, rows: Row[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function formatText(r: BenchReport): string {
  const header: Row = ['articles', ...r.sizes.map((s) => n0(s.articles))];
  const out = [`Machine: ${machineLine(r.machine)}`, `Median of ${r.runs} runs; corpus seed "${r.seed}"; ${r.date}`, '', textTable(header, sizeRows(r))];
  const other = otherRows(r);
  if (other.length) out.push('', textTable(['figure', 'value'], other));
  if (r.targets.length) out.push('', textTable(['target', 'goal', 'measured', 'met'], r.targets.map((t) => [t.name, t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'])));
  const impl = implementations(r);
  if (impl.length) out.push('', 'Measured with:', ...impl.map((w) => `  - ${w}`));
  const why = reasons(r);
  if (why.length) out.push('', 'Not measured:', ...why.map((w) => `  - ${w}`));
  return out.join('\n') + '\n';
}

export function formatMarkdown(r: BenchReport, command: string): string {
  const header: Row = ['articles', ...r.sizes.map((s) => n0(s.articles))];
  const out = [
    '# Benchmarks',
    '',
    `Produced by \`${command}\` on ${r.date}. Every figure is the median of ${r.runs} runs on synthetic`,
    'corpora from `kg bench corpus` (fictional city papers, several articles per page, gold answers per page).',
    '',
    `**Machine:** ${machineLine(r.machine)}`,
    '',
    'Reproduce with `npm run build && npm run bench -- --markdown docs/benchmarks.md --json bench.json`;',
    'the default sizes are 1k and 10k articles (a few minutes on 2 cores); add 100k with `--sizes 1k,10k,100k`.',
    'Sections whose code or service is missing are listed under *Not measured* with the reason, never estimated; the only projection is the 100k ingest target row, marked "extrapolated" when 100k was not run.',
    '',
    '## Extraction and ingest by corpus size',
    '',
    mdTable(header, sizeRows(r)),
  ];
  const other = otherRows(r);
  if (other.length) out.push('', '## Viewer layout, accuracy on synthetic gold, growth', '', mdTable(['figure', 'value'], other));
  if (r.targets.length) out.push('', '## Targets (issue 7)', '', mdTable(['target', 'goal', 'measured', 'met'], r.targets.map((t) => [t.name, t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'])));
  const impl = implementations(r);
  if (impl.length) out.push('', '## Measured with', '', ...impl.map((w) => `- ${w}`));
  const why = reasons(r);
  if (why.length) out.push('', '## Not measured in this run', '', ...why.map((w) => `- ${w}`));
  out.push(
    '',
    '## How the figures are taken',
    '',
    '- *extract, 1 thread*: `extract()` on each page in the main thread; file reads are outside the timer.',
    '- *extract, pool*: the ingest pipeline in dry-run mode (`ingest/pipeline.ts`: discover, read, decode, extract on worker threads, counts back to the main thread: a dry run asks for nothing more), wall clock; the benchmark\'s own piscina pool if the pipeline is absent.',
    '- *jieba tag*: `@node-rs/jieba` `tag()` (segmentation + part of speech) on the same pages in the same process; the ratio is extractor MB/s ÷ jieba MB/s (above 1× means the extractor is faster).',
    '- *ingest*: `ingest/pipeline.ts` into a fresh store, from opening the store to the last commit (documents = page files; rows = nodes + relationships written; store time = the time the store was busy staging rows or writing them, time when both happened counted once).',
    '- *viewer*: co-attendance projection, communities and ForceAtlas2 + noverlap layout of a seeded 20,000-person graph, headless in Node (the viewer\'s own code); *in Chromium*: the built viewer page on the same payload, from navigation to the first interactive frame and to the end of the worker layout, and the interval between the frames the viewer drew during a scripted drag, wheel zoom and node-to-node hover (WebGL is software-rendered when there is no GPU), and reopening with the cached layout.',
    '- *accuracy*: `../shared/eval/score.mjs` on the smallest corpus; synthetic text is regular, so this is a sanity check, not the real measure.',
    '- *growth*: largest ÷ smallest corpus; about 1× time per article means linear time, peak RSS near 1× means memory does not grow with the corpus.',
    '',
  );
  return out.join('\n');
}
