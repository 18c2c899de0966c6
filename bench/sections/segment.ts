/** Segmenter throughput in Node against the plainest useful pass over the same text. */
import { segment } from '../../src/core/segment/index.ts';
import { generateIssue } from '../generate.ts';
import { figure, RATIO_BASELINE, sizeLabel } from '../lib/figures.ts';
import type { SectionResult } from '../lib/figures.ts';
import { profileNode } from '../lib/node-profile.ts';
import type { BenchOptions } from '../lib/options.ts';
import { timeSync } from '../lib/stats.ts';

const TARGET_CHARS = 1_000_000;
const BASELINE = 'split lines + one regex scan';

/** What any segmenter must at least do: look at every line, and find the sentence ends. */
export function plainPass(text: string): number {
  const lines = text.split('\n');
  let n = 0;
  for (const m of text.matchAll(/[。！？!?]/g)) n += m.index;
  return lines.length + n;
}

export async function runSegment(options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  for (const chars of options.sizes) {
    const text = generateIssue(chars);
    const size = sizeLabel(chars);
    const seg = timeSync(() => segment(text), options.runs);
    const base = timeSync(() => plainPass(text), options.runs);
    const atTarget = chars === TARGET_CHARS;
    const articles = segment(text).doc.articles.length;
    const baseline = { label: BASELINE, value: base.median, stats: base };
    result.figures.push(
      figure({
        section: 'segment',
        name: 'segment time',
        size,
        unit: 'ms',
        stat: 'median',
        value: seg.median,
        stats: seg,
        baseline,
        note: `${articles} articles found (${Math.round(chars / 750)} generated)`,
        ...(atTarget ? { target: { max: 100, text: '≤ 100 ms' } } : {}),
      }),
      figure({
        section: 'segment',
        name: 'segment throughput',
        size,
        unit: 'M chars/s',
        stat: 'median',
        value: chars / 1000 / seg.median,
        baseline: { label: BASELINE, value: chars / 1000 / base.median },
      }),
      figure({
        section: 'segment',
        name: 'segment ÷ baseline',
        size,
        unit: '×',
        stat: 'median',
        value: seg.median / base.median,
        baseline: { label: RATIO_BASELINE, value: 1 },
        ...(atTarget ? { target: { max: 5, text: '≤ 5×' } } : {}),
      }),
    );
    const missed = result.figures.some((f) => f.size === size && f.pass === false);
    if (options.profile && missed)
      result.profiles.push(await profileNode(`segment ${size}`, () => segment(text)));
  }
  return result;
}
