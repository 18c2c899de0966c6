import type { DiffContext } from './context.ts';
import { headStarts } from './labels.ts';
import { locate } from './sequence.ts';
import type { Change } from './types.ts';

/** Indices into `seq` of one longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((seq[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] as number) keep.add(i);
  return keep;
}

/**
 * Paired articles whose reading order changed: the fewest that, moved, restore the proposal's
 * order (those outside a longest run that kept its relative order).
 */
export function orderChanges(ctx: DiffContext): Change[] {
  const { proposal, result, src, ns, P, corr } = ctx;
  const pairs: [number, number][] = [];
  corr.pairOfP.forEach((r, p) => {
    if (r >= 0) pairs.push([p, r]);
  });
  const keep = longestIncreasing(pairs.map(([, r]) => r));
  const starts = headStarts(P, proposal.articles.length);
  const changes: Change[] = [];
  pairs.forEach(([p, r], i) => {
    if (keep.has(i)) return;
    const first = Math.max(0, starts[p] ?? 0);
    changes.push({
      kind: 'article-moved',
      proposalIds: [proposal.articles[p]?.id ?? ''],
      resultIds: [result.articles[r]?.id ?? ''],
      at: locate(ns, src, first, first),
      params: { from: p, to: r },
    });
  });
  return changes;
}
