/** The stretch of source a chosen difference or comment lights up, and a line's runs cut at its edges. */
import type { Run } from '../../editor/state/lineRuns.ts';

export interface Highlight {
  start: number;
  end: number;
  /** The line to scroll to: where the stretch starts. */
  line: number;
}

export interface LitRun extends Run {
  lit: boolean;
}

export function cutAt(runs: Run[], highlight: Highlight | null): LitRun[] {
  if (!highlight || highlight.start >= highlight.end) return runs.map((r) => ({ ...r, lit: false }));
  const { start, end } = highlight;
  const out: LitRun[] = [];
  for (const run of runs) {
    const cuts = [run.start, ...[start, end].filter((c) => c > run.start && c < run.end), run.end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i] as number;
      const to = cuts[i + 1] as number;
      out.push({ ...run, start: from, end: to, lit: from >= start && to <= end });
    }
  }
  return out;
}
