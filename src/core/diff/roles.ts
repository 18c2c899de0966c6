import { idsOf } from './context.ts';
import type { DiffContext } from './context.ts';
import { roleAt } from './labels.ts';
import { lineCount, locate } from './sequence.ts';
import type { Change } from './types.ts';

/**
 * Ranges of characters that belong to an article in both documents but with another role,
 * coalesced while the roles and the articles stay the same.
 */
export function roleChanges(ctx: DiffContext): Change[] {
  const { proposal, result, src, ns, P, R } = ctx;
  const changes: Change[] = [];
  const n = ns.count;
  let open = -1;
  const close = (to: number) => {
    const at = locate(ns, src, open, to);
    changes.push({
      kind: 'role-changed',
      proposalIds: idsOf(proposal, [P.owner[open] as number]),
      resultIds: idsOf(result, [R.owner[open] as number]),
      at,
      params: {
        from: roleAt(P.role[open] as number),
        to: roleAt(R.role[open] as number),
        chars: to - open,
        lines: lineCount(src, at),
      },
    });
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    const differs = (P.owner[i] as number) >= 0 && (R.owner[i] as number) >= 0 && P.role[i] !== R.role[i];
    if (
      open >= 0 &&
      (!differs ||
        P.role[i] !== P.role[open] ||
        R.role[i] !== R.role[open] ||
        R.owner[i] !== R.owner[open] ||
        P.owner[i] !== P.owner[open])
    ) {
      close(i);
    }
    if (differs && open < 0) open = i;
  }
  if (open >= 0) close(n);
  return changes;
}
