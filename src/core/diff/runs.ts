/** Maximal runs of characters with the same pair of labels, and the overlap counts they sum to. */

export interface Run {
  /** Non-whitespace index range [from, to). */
  from: number;
  to: number;
  a: number;
  b: number;
}

export function labelRuns(a: Int32Array, b: Int32Array): Run[] {
  const runs: Run[] = [];
  const n = Math.min(a.length, b.length);
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && a[i] === a[from] && b[i] === b[from]) continue;
    runs.push({ from, to: i, a: a[from] as number, b: b[from] as number });
    from = i;
  }
  return runs;
}

/** Overlap counts between labels ≥ 0 of `a` and `b`, sparse: at most one entry per run. */
export function overlapCounts(runs: Run[]): Map<number, Map<number, number>> {
  const m = new Map<number, Map<number, number>>();
  for (const r of runs) {
    if (r.a < 0 || r.b < 0) continue;
    let row = m.get(r.a);
    if (!row) m.set(r.a, (row = new Map()));
    row.set(r.b, (row.get(r.b) ?? 0) + r.to - r.from);
  }
  return m;
}
