import { describe, expect, it } from 'vitest';
import { bcubedF1, boundaryDifferences, splitMergeDistance, windowDiff, windowSizeFor } from './figures.ts';

const seq = (...labels: number[]) => Int32Array.from(labels);

describe('windowDiff', () => {
  it('counts the windows whose boundary counts differ (a boundary one place early, k = 2)', () => {
    const ref = seq(0, 0, 0, 0, 1, 1, 1, 1);
    const hyp = seq(0, 0, 0, 1, 1, 1, 1, 1);
    // Windows (i, i+2] for i = 0…5: only (1, 3] and (3, 5] see one boundary in one sequence alone.
    expect(windowSizeFor(ref)).toBe(2);
    expect(windowDiff(ref, hyp, 2)).toBeCloseTo(2 / 6, 10);
  });

  it('is 0 for the same boundaries under different labels, and treats all unassigned labels as one', () => {
    expect(windowDiff(seq(0, 0, 1, 1, -1), seq(5, 5, 3, 3, -2), 1)).toBe(0);
  });

  it('penalises a missed boundary in every window that spans it', () => {
    // One boundary at 3 in the reference, none in the hypothesis; k = 2 → windows (2,4] and (1,3] see it.
    expect(windowDiff(seq(0, 0, 0, 1, 1, 1), seq(0, 0, 0, 0, 0, 0), 2)).toBeCloseTo(2 / 4, 10);
  });

  it('shrinks a window longer than the sequence to one window over all of it', () => {
    expect(windowDiff(seq(0, 1), seq(0, 0), 10)).toBe(1);
    expect(windowDiff(seq(0), seq(1), 3)).toBe(0);
  });
});

describe('bcubedF1', () => {
  it('matches a hand-computed value for a boundary one place early', () => {
    // Precision (3 + 16/5 + 1/5) / 8 = 0.8, recall (9/4 + 4 + 1/4) / 8 = 0.8125.
    const f1 = (2 * 0.8 * 0.8125) / (0.8 + 0.8125);
    expect(bcubedF1(seq(0, 0, 0, 0, 1, 1, 1, 1), seq(0, 0, 0, 1, 1, 1, 1, 1))).toBeCloseTo(f1, 10);
  });

  it('puts every unassigned piece in one cluster, as score.py does', () => {
    // Clusters {0,3} and {1,2} against {0} and {1,2,3}: precision 2/3, recall 3/4 → F1 12/17.
    expect(bcubedF1(seq(-1, 0, 0, -1), seq(-2, 7, 7, 7))).toBeCloseTo(12 / 17, 10);
  });

  it('is 1 for the same partition under other labels, and symmetric', () => {
    expect(bcubedF1(seq(0, 0, 1, -1), seq(4, 4, 2, -1))).toBe(1);
    const a = seq(0, 0, 1, 1, 1, 2);
    const b = seq(0, 1, 1, 1, 2, 2);
    expect(bcubedF1(a, b)).toBeCloseTo(bcubedF1(b, a), 12);
  });
});

describe('boundaryDifferences', () => {
  it('counts boundaries present in only one sequence', () => {
    expect(boundaryDifferences(seq(0, 0, 1, 1, 2), seq(0, 1, 1, 1, 2))).toBe(2);
    expect(boundaryDifferences(seq(0, -1, 1), seq(3, -2, 4))).toBe(0);
  });
});

describe('splitMergeDistance', () => {
  const matrix = (rows: [number, [number, number][]][]) => new Map(rows.map(([p, row]) => [p, new Map(row)]));

  it('counts one split for an article feeding two and one merge for one drawing on two', () => {
    expect(
      splitMergeDistance(
        matrix([
          [
            0,
            [
              [0, 5],
              [1, 5],
            ],
          ],
        ]),
      ),
    ).toBe(1);
    expect(
      splitMergeDistance(
        matrix([
          [0, [[0, 5]]],
          [1, [[0, 5]]],
        ]),
      ),
    ).toBe(1);
  });

  it('counts a moved boundary as a split and a merge, and a one-to-one matrix as 0', () => {
    expect(
      splitMergeDistance(
        matrix([
          [
            0,
            [
              [0, 8],
              [1, 2],
            ],
          ],
          [1, [[1, 10]]],
        ]),
      ),
    ).toBe(2);
    expect(
      splitMergeDistance(
        matrix([
          [0, [[1, 3]]],
          [1, [[0, 3]]],
        ]),
      ),
    ).toBe(0);
  });
});
