/**
 * `npm run bench`: prints every figure beside its target and a baseline measured in the same run,
 * and writes bench/results.json. `--quick` runs a tiny smoke so `npm test` keeps it from rotting.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/core/segment/index.ts';
import { toExport, fromExport, parseExport } from '../src/core/export/index.ts';
import { SourceText } from '../src/core/text.ts';
import { generateIssue } from './generate.ts';

const quick = process.argv.includes('--quick');
const sizes = quick ? [20_000] : [100_000, 300_000, 1_000_000];
const runs = quick ? 2 : 7;
const root = new URL('..', import.meta.url).pathname;

interface Figure {
  median: number;
  min: number;
  max: number;
}

function measure(fn: () => unknown): Figure {
  fn(); // warm-up: the JIT, not the algorithm, would dominate the first run
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0 };
}

/** The plainest useful pass over the text: split into lines and one regex scan. */
function baseline(text: string): number {
  const lines = text.split('\n');
  let n = 0;
  for (const m of text.matchAll(/[。！？]/g)) n += m.index;
  return lines.length + n;
}

const fmt = (f: Figure) => `${f.median.toFixed(1)} ms (${f.min.toFixed(1)}–${f.max.toFixed(1)})`;
const rows: Record<string, unknown>[] = [];
console.log(`Galley bench${quick ? ' (quick)' : ''}: medians of ${runs} runs, min–max in brackets\n`);
console.log('segmenter (Node)');
for (const size of sizes) {
  const text = generateIssue(size);
  const seg = measure(() => segment(text));
  const base = measure(() => baseline(text));
  const cps = Math.round(size / (seg.median / 1000));
  const ratio = seg.median / Math.max(base.median, 0.001);
  const articles = segment(text).doc.articles.length;
  console.log(
    `  ${String(size).padStart(9)} chars  ${fmt(seg)}  ${(cps / 1e6).toFixed(1)} M chars/s  ` +
      `baseline ${fmt(base)}  ratio ${ratio.toFixed(1)}×  articles ${articles}` +
      (size === 1_000_000 ? `   target ≤ 100 ms and ≤ 5× baseline` : ''),
  );
  rows.push({ figure: 'segment', size, ...seg, charsPerSecond: cps, baseline: base, ratio, articles });
}

console.log('\nexport and import (Node)');
for (const size of sizes) {
  const text = generateIssue(size);
  const src = new SourceText(text);
  const { doc } = segment(text);
  const meta = {
    id: 'bench',
    publication: null,
    date: null,
    edition: null,
    source: { filename: 'bench.txt', sha256: '0'.repeat(64), encoding: 'utf-8', length: src.length },
  };
  const exp = measure(() => toExport(doc, src, meta, 'proposed'));
  const exported = toExport(doc, src, meta, 'proposed');
  const ser = measure(() => JSON.stringify(exported));
  const json = JSON.stringify(exported);
  const val = measure(() => parseExport(JSON.parse(json)));
  const imp = measure(() => fromExport(exported));
  const total = exp.median + ser.median + val.median + imp.median;
  console.log(
    `  ${String(size).padStart(9)} chars  export ${fmt(exp)}  serialise ${fmt(ser)}  validate ${fmt(val)}  import ${fmt(imp)}  total ${total.toFixed(1)} ms` +
      (size === 1_000_000 ? '   target ≤ 100 ms' : ''),
  );
  rows.push({ figure: 'export', size, export: exp, serialise: ser, validate: val, import: imp, total });
}

if (!quick) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(
    join(root, 'bench', 'results.json'),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n',
  );
  console.log('\nwrote bench/results.json');
}
