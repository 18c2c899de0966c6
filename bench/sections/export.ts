/** The export round trip in Node: toExport → JSON text → parseExport → fromExport, at each size. */
import type { IssueMeta } from '../../src/core/model.ts';
import { segment } from '../../src/core/segment/index.ts';
import { SourceText } from '../../src/core/text.ts';
import { fromExport, parseExport, toExport } from '../../src/core/export/index.ts';
import type { GalleyExport } from '../../src/core/export/index.ts';
import { generateIssue } from '../generate.ts';
import { figure, sizeLabel } from '../lib/figures.ts';
import type { Baseline, SectionResult } from '../lib/figures.ts';
import { profileNode } from '../lib/node-profile.ts';
import type { BenchOptions } from '../lib/options.ts';
import { timeSync } from '../lib/stats.ts';
import type { Stats } from '../lib/stats.ts';

const TARGET_CHARS = 1_000_000;

function meta(src: SourceText): IssueMeta {
  return {
    id: 'bench',
    publication: '衡阳晚报',
    date: '2022-09-01',
    edition: 'A01',
    source: { filename: 'bench.txt', sha256: '0'.repeat(64), encoding: 'utf-8', length: src.length },
  };
}

export async function runExport(options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  for (const chars of options.sizes) {
    const text = generateIssue(chars);
    const size = sizeLabel(chars);
    const src = new SourceText(text);
    const { doc } = segment(text);
    const m = meta(src);
    const exported = toExport(doc, src, m, 'proposed');
    const json = JSON.stringify(exported);
    const checked = parseExport(json);
    if (!checked.ok) throw new Error(`bench: the export of ${size} does not validate: ${checked.errors[0]}`);
    const value: GalleyExport = checked.value;

    const steps: [string, () => unknown][] = [
      ['export (toExport)', () => toExport(doc, src, m, 'proposed')],
      ['serialise (JSON.stringify)', () => JSON.stringify(exported)],
      ['parse + validate (parseExport)', () => parseExport(json)],
      ['import (fromExport)', () => fromExport(value, src)],
    ];
    const base = timeSync(() => JSON.parse(JSON.stringify({ text })), options.runs);
    const baseline: Baseline = { label: 'JSON round trip of the bare text', value: base.median, stats: base };
    let total = 0;
    for (const [name, fn] of steps) {
      const stats: Stats = timeSync(fn, options.runs);
      total += stats.median;
      result.figures.push(
        figure({
          section: 'export',
          name,
          size,
          unit: 'ms',
          stat: 'median',
          value: stats.median,
          stats,
          baseline,
        }),
      );
    }
    const all = timeSync(() => steps.forEach(([, fn]) => fn()), options.runs);
    result.figures.push(
      figure({
        section: 'export',
        name: 'round trip, all four',
        size,
        unit: 'ms',
        stat: 'median',
        value: all.median,
        stats: all,
        baseline,
        note: `${doc.articles.length} articles, export JSON ${(json.length / 1e6).toFixed(2)} M chars; sum of medians ${total.toFixed(1)} ms`,
        ...(chars === TARGET_CHARS ? { target: { max: 100, text: '≤ 100 ms' } } : {}),
      }),
    );
    const missed = result.figures.some((f) => f.size === size && f.pass === false);
    if (options.profile && missed) {
      result.profiles.push(
        await profileNode(`export round trip ${size}`, () => steps.forEach(([, fn]) => fn())),
      );
    }
  }
  return result;
}
