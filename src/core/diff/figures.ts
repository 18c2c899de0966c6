/**
 * Segmentation agreement over label sequences: one label per non-whitespace character, an article
 * index ≥ 0 or a negative number for unassigned text (all negative labels are one label).
 */

function same(x: number, y: number): boolean {
  return x === y || (x < 0 && y < 0);
}

/** Number of positions i ≥ 1 where the label changes in exactly one of the two sequences. */
export function boundaryDifferences(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 1; i < a.length; i++) {
    if (same(a[i] as number, a[i - 1] as number) !== same(b[i] as number, b[i - 1] as number)) n++;
  }
  return n;
}

/** Half the mean segment length of `reference` (segments = maximal runs of one label), at least 1. */
export function windowSizeFor(reference: Int32Array): number {
  if (reference.length === 0) return 1;
  let segments = 1;
  for (let i = 1; i < reference.length; i++)
    if (!same(reference[i] as number, reference[i - 1] as number)) segments++;
  return Math.max(1, Math.round(reference.length / segments / 2));
}

/**
 * WindowDiff (Pevzner & Hearst 2002): the share of windows [i, i + k] in which the two sequences
 * have a different number of boundaries, a boundary being a label change between neighbours.
 * A k past the sequence shrinks to one window over the whole of it.
 */
export function windowDiff(ref: Int32Array, hyp: Int32Array, k: number): number {
  const n = ref.length;
  if (n < 2) return 0;
  const w = Math.min(Math.max(1, Math.floor(k)), n - 1);
  const edge = (s: Int32Array, t: number) => (same(s[t] as number, s[t - 1] as number) ? 0 : 1);
  // Boundaries in (i, i + w], kept up to date as the window slides.
  let r = 0;
  let h = 0;
  for (let t = 1; t <= w; t++) {
    r += edge(ref, t);
    h += edge(hyp, t);
  }
  let wrong = 0;
  const windows = n - w;
  for (let i = 0; i < windows; i++) {
    if (r !== h) wrong++;
    if (i + 1 < windows) {
      r += edge(ref, i + w + 1) - edge(ref, i + 1);
      h += edge(hyp, i + w + 1) - edge(hyp, i + 1);
    }
  }
  return wrong / windows;
}

/** B-cubed F1 between two clusterings, as /work/shared/tools/score.py computes it. */
export function bcubedF1(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  if (n === 0) return 1;
  const key = (x: number) => (x < 0 ? -1 : x);
  const sizeA = new Map<number, number>();
  const sizeB = new Map<number, number>();
  const both = new Map<number, Map<number, number>>();
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && same(a[i] as number, a[from] as number) && same(b[i] as number, b[from] as number)) continue;
    const x = key(a[from] as number);
    const y = key(b[from] as number);
    const c = i - from;
    sizeA.set(x, (sizeA.get(x) ?? 0) + c);
    sizeB.set(y, (sizeB.get(y) ?? 0) + c);
    let row = both.get(x);
    if (!row) both.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + c);
    from = i;
  }
  let precision = 0;
  let recall = 0;
  for (const [x, row] of both) {
    for (const [y, c] of row) {
      precision += (c * c) / (sizeB.get(y) as number);
      recall += (c * c) / (sizeA.get(x) as number);
    }
  }
  precision /= n;
  recall /= n;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Splits plus merges that turn one partition into the other, from the overlap matrix between
 * articles: each article of the first feeding m articles of the second needs m − 1 splits, each
 * article of the second drawing on m articles of the first needs m − 1 merges.
 */
export function splitMergeDistance(overlap: Map<number, Map<number, number>>): number {
  let splits = 0;
  const sources = new Map<number, number>();
  for (const row of overlap.values()) {
    splits += Math.max(0, row.size - 1);
    for (const r of row.keys()) sources.set(r, (sources.get(r) ?? 0) + 1);
  }
  let merges = 0;
  for (const m of sources.values()) merges += m - 1;
  return splits + merges;
}
