import { describe, expect, it } from 'vitest';
import type { Run } from '../../editor/state/lineRuns.ts';
import { cutAt } from './highlight.ts';

const run = (start: number, end: number, number = 1): Run => ({
  start,
  end,
  kind: 'article',
  articleId: `a${number}`,
  number,
  role: 'body',
});

describe('cutAt', () => {
  it('cuts runs at the edges of the highlight and lights only what lies inside', () => {
    const pieces = cutAt([run(0, 10), run(10, 20, 2)], { start: 5, end: 12, line: 0 });
    expect(pieces.map((p) => [p.start, p.end, p.lit])).toEqual([
      [0, 5, false],
      [5, 10, true],
      [10, 12, true],
      [12, 20, false],
    ]);
  });

  it('lights nothing for an empty stretch (a boundary point), leaving the runs whole', () => {
    const pieces = cutAt([run(0, 10)], { start: 4, end: 4, line: 0 });
    expect(pieces.map((p) => [p.start, p.end, p.lit])).toEqual([[0, 10, false]]);
  });

  it('lights a whole run the highlight covers', () => {
    expect(cutAt([run(3, 8)], { start: 0, end: 100, line: 0 }).map((p) => p.lit)).toEqual([true]);
  });
});
