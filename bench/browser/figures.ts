/** The browser section's figures from the raw samples of the editor and the <pre> baseline. */
import { figure, RATIO_BASELINE, sizeLabel, unavailable } from '../lib/figures.ts';
import type { Figure, FigureInput } from '../lib/figures.ts';
import { summarise } from '../lib/stats.ts';
import { EVENT_TIMING_FLOOR } from './gestures.ts';
import type { PageRun, Samples } from './measure-page.ts';

type Row = Omit<FigureInput, 'section' | 'size' | 'baseline' | 'value' | 'stats' | 'stat'>;

/** p95 of a gesture; for Event Timing, gestures below the 16 ms threshold count as 16. */
function gestureFigure(
  size: string,
  row: Row,
  mine: Samples,
  base: Samples,
  metric: 'toPaint' | 'eventTiming',
): Figure {
  const input = { ...row, section: 'browser' as const, size, stat: 'p95' as const };
  if ('unavailable' in mine) return unavailable(input, mine.unavailable);
  const values = (s: typeof mine) =>
    s
      .map((g) => (metric === 'eventTiming' ? (g[metric] ?? EVENT_TIMING_FLOOR) : g[metric]))
      .filter((v): v is number => v !== null);
  const v = values(mine);
  const lost = mine.length - v.length;
  if (v.length === 0) return unavailable(input, 'the effect never showed on screen');
  const stats = summarise(v);
  const b = 'unavailable' in base ? null : summarise(values(base));
  const below = metric === 'eventTiming' ? mine.filter((g) => g.eventTiming === null).length : 0;
  const notes = [
    below ? `${below} of ${mine.length} under the 16 ms Event Timing threshold, counted as 16` : '',
    lost ? `${lost} of ${mine.length} never showed within 10 s` : '',
  ].filter(Boolean);
  return figure({
    ...input,
    value: stats.p95,
    stats,
    baseline: {
      label: 'the same gesture on the <pre> page (trivial handler)',
      value: b?.p95 ?? null,
      ...(b ? { stats: b } : {}),
    },
    ...(notes.length ? { note: notes.join('; ') } : {}),
  });
}

export function figuresFor(chars: number, ed: PageRun, pre: PageRun): Figure[] {
  const size = sizeLabel(chars);
  const big = chars >= 1_000_000;
  const load = summarise(ed.load);
  const preLoad = summarise(pre.load);
  const dom = summarise(ed.dom);
  const heap = summarise(ed.heapMB);
  const preBase = (label: string, value: number | null, s?: ReturnType<typeof summarise>) => ({
    label,
    value,
    ...(s ? { stats: s } : {}),
  });
  const tasks = ed.longTasks;
  const f = (x: Omit<FigureInput, 'section' | 'size'>) => figure({ ...x, section: 'browser', size });
  return [
    f({
      name: 'load → interactive',
      unit: 'ms',
      stat: 'median',
      value: load.median,
      stats: load,
      baseline: preBase('the same text in a plain <pre> page', preLoad.median, preLoad),
      ...(big ? { target: { max: 2000, text: '≤ 2,000 ms' } } : {}),
    }),
    f({
      name: 'load ÷ <pre> load',
      unit: '×',
      stat: 'median',
      value: load.median / preLoad.median,
      baseline: preBase(RATIO_BASELINE, 1),
      target: { max: 3, text: '≤ 3×' },
    }),
    f({
      name: 'DOM elements after load',
      unit: 'elements',
      stat: 'median',
      value: dom.median,
      stats: dom,
      baseline: preBase('<pre> page', summarise(pre.dom).median),
      target: { max: 3000, text: '≤ 3,000' },
    }),
    f({
      name: 'DOM elements after scrolling to the end',
      unit: 'elements',
      stat: 'value',
      value: ed.domAfterScroll,
      baseline: preBase('<pre> page', pre.domAfterScroll),
      target: { max: 3000, text: '≤ 3,000' },
      ...(ed.reached < 0.99
        ? { note: `the last pass reached ${(100 * ed.reached).toFixed(0)}% of the text` }
        : {}),
    }),
    f({
      name: 'JS heap after load (after GC)',
      unit: 'MB',
      stat: 'median',
      value: heap.median,
      stats: heap,
      baseline: preBase('<pre> page', summarise(pre.heapMB).median),
      ...(big ? { target: { max: 150, text: '≤ 150 MB' } } : {}),
    }),
    gestureFigure(
      size,
      {
        name: 'drag: mouseup → boundary drawn',
        unit: 'ms',
        ...(big ? { target: { max: 100, text: 'p95 ≤ 100 ms' } } : {}),
      },
      ed.drag,
      pre.drag,
      'toPaint',
    ),
    gestureFigure(
      size,
      {
        name: 'drag: Event Timing of mouseup',
        unit: 'ms',
        ...(big ? { target: { max: 100, text: 'p95 ≤ 100 ms' } } : {}),
      },
      ed.drag,
      pre.drag,
      'eventTiming',
    ),
    gestureFigure(
      size,
      { name: 'split (S): key → drawn', unit: 'ms', target: { max: 100, text: 'p95 ≤ 100 ms' } },
      ed.split,
      pre.split,
      'toPaint',
    ),
    gestureFigure(
      size,
      { name: 'merge (M): key → drawn', unit: 'ms', target: { max: 100, text: 'p95 ≤ 100 ms' } },
      ed.merge,
      pre.merge,
      'toPaint',
    ),
    gestureFigure(
      size,
      { name: 'typing a headline: Event Timing', unit: 'ms', target: { max: 50, text: 'p95 ≤ 50 ms' } },
      ed.typing,
      pre.typing,
      'eventTiming',
    ),
    ((): Figure => {
      const s = summarise(ed.frames);
      const b = summarise(pre.frames);
      return f({
        name: 'scrolling: frame interval',
        unit: 'ms',
        stat: 'p95',
        value: s.p95,
        stats: s,
        baseline: preBase('scrolling the <pre> page', b.p95, b),
        target: { max: 17, text: 'p95 ≤ 17 ms' },
      });
    })(),
    f({
      name: 'long tasks while editing',
      unit: '',
      stat: 'count',
      value: tasks.count,
      baseline: preBase('<pre> page, same gestures', pre.longTasks.count),
      note: `${Math.round(tasks.total)} ms in long tasks (baseline ${Math.round(pre.longTasks.total)} ms)`,
      ...(chars === 300_000 ? { target: { max: 0, text: 'none at 300k' } } : {}),
    }),
  ];
}
