/**
 * Which result article is which proposal article. An article is recognised by its beginning
 * (headline, byline), so two articles are paired (the same article, edited) when they start at
 * the same character: a split keeps the head with the original, a merge keeps the first. The
 * others pair when each is the other's best match by the characters of their head parts, so an
 * article that gains or loses a continuation larger than itself keeps its identity; and what is
 * left over by all their characters.
 */
import { headStarts } from './labels.ts';
import type { DocLabels } from './labels.ts';
import { labelRuns, overlapCounts } from './runs.ts';
import type { Run } from './runs.ts';

type Matrix = Map<number, Map<number, number>>;

export interface Correspondence {
  /** Proposal article index → paired result article index, or -1. */
  pairOfP: Int32Array;
  /** Result article index → paired proposal article index, or -1. */
  pairOfR: Int32Array;
  /** Proposal article → the result article holding most of its characters, or -1. */
  mainDest: Int32Array;
  /** Result article → the proposal article most of its characters come from, or -1. */
  mainSrc: Int32Array;
  /** Proposal article → result article → shared characters. */
  overlap: Matrix;
}

function transpose(m: Matrix): Matrix {
  const t: Matrix = new Map();
  for (const [a, row] of m) {
    for (const [b, n] of row) {
      let col = t.get(b);
      if (!col) t.set(b, (col = new Map()));
      col.set(a, n);
    }
  }
  return t;
}

/** The key with the largest count (the smallest key on ties) among those `allowed` accepts, or -1. */
function best(row: Map<number, number> | undefined, allowed: (k: number) => boolean = () => true): number {
  let arg = -1;
  let max = 0;
  for (const [k, n] of row ?? []) {
    if (!allowed(k)) continue;
    if (n > max || (n === max && k < arg)) {
      arg = k;
      max = n;
    }
  }
  return arg;
}

function pairMutual(m: Matrix, t: Matrix, pairOfP: Int32Array, pairOfR: Int32Array): void {
  const freeP = (k: number) => pairOfP[k] === -1;
  const freeR = (k: number) => pairOfR[k] === -1;
  for (const [p, row] of m) {
    if (!freeP(p)) continue;
    const r = best(row, freeR);
    if (r >= 0 && best(t.get(r), freeP) === p) {
      pairOfP[p] = r;
      pairOfR[r] = p;
    }
  }
}

export function correspond(nP: number, nR: number, P: DocLabels, R: DocLabels, runs: Run[]): Correspondence {
  const overlap = overlapCounts(runs);
  const overlapT = transpose(overlap);
  const heads = overlapCounts(labelRuns(P.head, R.head));
  const pairOfP = new Int32Array(nP).fill(-1);
  const pairOfR = new Int32Array(nR).fill(-1);
  const startsR = new Map<number, number>();
  headStarts(R, nR).forEach((ns, r) => {
    if (ns >= 0) startsR.set(ns, r);
  });
  headStarts(P, nP).forEach((ns, p) => {
    const r = startsR.get(ns);
    if (ns >= 0 && r !== undefined) {
      pairOfP[p] = r;
      pairOfR[r] = p;
    }
  });
  pairMutual(heads, transpose(heads), pairOfP, pairOfR);
  pairMutual(overlap, overlapT, pairOfP, pairOfR);
  const mainDest = new Int32Array(nP).fill(-1);
  const mainSrc = new Int32Array(nR).fill(-1);
  for (const [p, row] of overlap) mainDest[p] = best(row);
  for (const [r, col] of overlapT) mainSrc[r] = best(col);
  return { pairOfP, pairOfR, mainDest, mainSrc, overlap };
}

/** Whether result article r carries on proposal article p: paired, or most of one is in the other. */
export function corresponds(c: Correspondence, p: number, r: number): boolean {
  return c.pairOfP[p] === r || c.mainDest[p] === r || c.mainSrc[r] === p;
}
