/**
 * Pathological shapes for the segmenter. The time bound is a hang guard (catastrophic backtracking or
 * quadratic loops would take minutes), not a speed assertion: each case takes well under a second.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../core/invariants.ts';
import { segment } from '../../core/segment/index.ts';
import { SourceText } from '../../core/text.ts';
import { recordFigures } from './figures.ts';

const HANG_GUARD_MS = 10_000;

const CASES: [string, () => string][] = [
  ['one 100k-character line of hanzi', () => '新闻'.repeat(50_000)],
  ['100k characters of punctuation and spaces on one line', () => '。 ，\u3000（'.repeat(20_000)],
  ['a 100k-character line that looks like a byline over and over', () => '本报记者张三报道'.repeat(12_500)],
  ['50,000 one-character lines', () => '字\n'.repeat(50_000)],
  ['50,000 alternating blank and one-character lines', () => '字\n\n'.repeat(25_000)],
  ['50,000 lines of full-width spaces and zero-width characters', () => '\u3000\u200b\n字\n'.repeat(25_000)],
];

describe('segmenter on adversarial input', () => {
  let passed = 0;
  for (const [name, make] of CASES) {
    it(`segments ${name} with every invariant holding, without hanging`, () => {
      const text = make();
      const started = performance.now();
      const proposal = segment(text);
      const ms = performance.now() - started;
      expect(checkInvariants(proposal.doc, new SourceText(text))).toEqual([]);
      expect(ms).toBeLessThan(HANG_GUARD_MS);
      passed++;
      recordFigures(
        'segmenter-adversarial',
        `segmenter adversarial: ${passed}/${CASES.length} pathological texts (100k-char lines, 50,000 short lines) segmented validly within the ${HANG_GUARD_MS / 1000} s hang guard`,
      );
    });
  }
});
