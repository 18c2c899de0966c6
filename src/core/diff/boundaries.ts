/**
 * Boundaries (the first character of every part) compared by position in the non-whitespace
 * sequence, so trimming whitespace is no change. Those at the same place are unchanged; the rest
 * pair up as moves when they are neighbours with nothing unchanged between them and start
 * corresponding articles, nearest first; what is left was added or removed.
 */
import { corresponds } from './correspond.ts';
import { idsOf } from './context.ts';
import type { DiffContext } from './context.ts';
import type { PartStart } from './labels.ts';
import { cpOf, locate } from './sequence.ts';
import type { Change } from './types.ts';

interface Event {
  side: 'P' | 'R' | '=';
  start: PartStart;
}

function events(P: PartStart[], R: PartStart[]): Event[] {
  const out: Event[] = [];
  let i = 0;
  let j = 0;
  while (i < P.length || j < R.length) {
    const x = P[i];
    const y = R[j];
    if (x && y && x.ns === y.ns) {
      out.push({ side: '=', start: x });
      i++;
      j++;
    } else if (x && (!y || x.ns < y.ns)) {
      out.push({ side: 'P', start: x });
      i++;
    } else if (y) {
      out.push({ side: 'R', start: y });
      j++;
    }
  }
  return out;
}

export interface BoundaryAnalysis {
  changes: Change[];
  /** Non-whitespace positions of both ends of every boundary reported as moved. */
  moveEnds: Set<number>;
}

/** `explained`: positions where another change already accounts for a boundary appearing or going. */
export function boundaryChanges(ctx: DiffContext, explained: Uint8Array): BoundaryAnalysis {
  const { proposal, result, src, ns, P, R, corr } = ctx;
  const seq = events(P.partStarts, R.partStarts).filter((e) => e.side === '=' || explained[e.start.ns] !== 1);
  const candidates: [number, number][] = [];
  for (let k = 0; k + 1 < seq.length; k++) {
    const e = seq[k] as Event;
    const f = seq[k + 1] as Event;
    if (e.side === '=' || f.side === '=' || e.side === f.side) continue;
    const [x, y] = e.side === 'P' ? [e, f] : [f, e];
    if (corresponds(corr, x.start.article, y.start.article)) candidates.push([k, k + 1]);
  }
  const gap = ([k, l]: [number, number]) => (seq[l] as Event).start.ns - (seq[k] as Event).start.ns;
  candidates.sort((c, d) => gap(c) - gap(d) || c[0] - d[0]);
  const taken = new Set<number>();
  const changes: Change[] = [];
  const moveEnds = new Set<number>();
  for (const [k, l] of candidates) {
    if (taken.has(k) || taken.has(l)) continue;
    taken.add(k).add(l);
    const e = seq[k] as Event;
    const f = seq[l] as Event;
    const [x, y] = e.side === 'P' ? [e.start, f.start] : [f.start, e.start];
    const from = cpOf(ns, x.ns);
    const to = cpOf(ns, y.ns);
    changes.push({
      kind: 'boundary-moved',
      proposalIds: idsOf(proposal, [x.article]),
      resultIds: idsOf(result, [y.article]),
      at: locate(ns, src, Math.min(x.ns, y.ns), Math.max(x.ns, y.ns)),
      params: { from, to, lines: src.lineOf(to) - src.lineOf(from), chars: y.ns - x.ns },
    });
    moveEnds.add(x.ns).add(y.ns);
  }
  seq.forEach((e, k) => {
    if (e.side === '=' || taken.has(k)) return;
    const at = locate(ns, src, e.start.ns, e.start.ns);
    const other = (e.side === 'P' ? R : P).owner[e.start.ns] ?? -1;
    const [pk, rk] = e.side === 'P' ? [e.start.article, other] : [other, e.start.article];
    const base = {
      proposalIds: idsOf(proposal, [pk]),
      resultIds: idsOf(result, [rk]),
      at,
      params: { offset: at.start },
    };
    changes.push(
      e.side === 'P' ? { kind: 'boundary-removed', ...base } : { kind: 'boundary-added', ...base },
    );
  });
  return { changes, moveEnds };
}
