/**
 * Characters that changed owner, read as edits: a split carves new articles out of one, a merge
 * absorbs whole articles into another, a link or unlink moves a continuation part, and text goes to
 * or comes from the page furniture. Runs between two articles that both stay paired are handed back
 * as `moved`: a boundary moved over them, or failing that they are reported as text moved.
 */
import type { Doc } from '../model.ts';
import { idsOf } from './context.ts';
import type { DiffContext } from './context.ts';
import { allLinked, headStarts } from './labels.ts';
import type { Run } from './runs.ts';
import { lineCount, locate } from './sequence.ts';
import type { Change } from './types.ts';

export interface PieceAnalysis {
  changes: Change[];
  /**
   * 1 at every position inside or at the edge of a run these changes explain: a boundary there
   * appears or goes with the change and needs no entry of its own.
   */
  explained: Uint8Array;
  /** Runs between articles that otherwise stay paired. */
  moved: Run[];
}

function labelAt(doc: Doc, cp: number): string | null {
  const list = doc.unassigned;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.start as number) <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const u = list[found];
  return u && cp < u.end ? u.label : null;
}

/** The position of the first boundary between the articles of a group: the second-earliest start. */
function groupPoint(starts: Int32Array, members: Iterable<number>): number {
  const s = [...members]
    .map((k) => starts[k] ?? -1)
    .filter((x) => x >= 0)
    .sort((x, y) => x - y);
  return s[1] ?? s[0] ?? 0;
}

export function analysePieces(ctx: DiffContext, runs: Run[]): PieceAnalysis {
  const { proposal, result, src, ns, P, R, corr } = ctx;
  const changes: Change[] = [];
  const explained = new Uint8Array(ns.count + 1);
  const moved: Run[] = [];
  const splits = new Map<number, Set<number>>();
  const merges = new Map<number, Set<number>>();
  const extent = (run: Run) => {
    const at = locate(ns, src, run.from, run.to);
    return { at, chars: run.to - run.from, lines: lineCount(src, at) };
  };

  for (const run of runs) {
    const { a: p, b: r } = run;
    if (p < 0 && r < 0) continue;
    if (p >= 0 && r >= 0 && corr.pairOfP[p] === r) continue;
    const proposalIds = idsOf(proposal, [p]);
    const resultIds = idsOf(result, [r]);
    if (r < 0 || p < 0) {
      explained.fill(1, run.from, run.to + 1);
      const { at, chars, lines } = extent(run);
      const kind = r < 0 ? 'text-unassigned' : 'text-assigned';
      const label = labelAt(r < 0 ? result : proposal, at.start);
      changes.push({ kind, proposalIds, resultIds, at, params: { chars, lines, label } });
      continue;
    }
    const carved = corr.pairOfR[r] === -1 && corr.mainSrc[r] === p;
    const absorbed = !carved && corr.pairOfP[p] === -1 && corr.mainDest[p] === r;
    const linkedNow = allLinked(R, run.from, run.to);
    const linkedBefore = allLinked(P, run.from, run.to);
    // A continuation that stays one while its article is split or merged just goes along.
    const linked = linkedNow && !linkedBefore;
    const unlinked = linkedBefore && !linkedNow;
    if ((carved && !unlinked) || (absorbed && !linked)) {
      explained.fill(1, run.from, run.to + 1);
      const [group, key, member] = carved ? [splits, p, r] : [merges, r, p];
      const set = group.get(key) ?? new Set<number>();
      group.set(key, set.add(member));
      continue;
    }
    const kind =
      linked || (linkedNow && linkedBefore)
        ? 'continuation-linked'
        : unlinked
          ? 'continuation-unlinked'
          : null;
    if (kind === null) {
      moved.push(run);
      continue;
    }
    explained.fill(1, run.from, run.to + 1);
    const { at, chars, lines } = extent(run);
    changes.push({ kind, proposalIds, resultIds, at, params: { chars, lines } });
  }

  const startsP = headStarts(P, proposal.articles.length);
  const startsR = headStarts(R, result.articles.length);
  for (const [p, carvedOut] of splits) {
    const members = [corr.pairOfP[p] ?? -1, ...carvedOut].filter((k) => k >= 0);
    const at = locate(ns, src, groupPoint(startsR, members), groupPoint(startsR, members));
    const resultIds = idsOf(result, members);
    changes.push({
      kind: 'split',
      proposalIds: idsOf(proposal, [p]),
      resultIds,
      at,
      params: { articles: resultIds.length },
    });
  }
  for (const [r, absorbed] of merges) {
    const members = [corr.pairOfR[r] ?? -1, ...absorbed].filter((k) => k >= 0);
    const at = locate(ns, src, groupPoint(startsP, members), groupPoint(startsP, members));
    const proposalIds = idsOf(proposal, members);
    changes.push({
      kind: 'merge',
      proposalIds,
      resultIds: idsOf(result, [r]),
      at,
      params: { articles: proposalIds.length },
    });
  }
  return { changes, explained, moved };
}
