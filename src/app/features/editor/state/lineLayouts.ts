/**
 * Line layouts that keep their identity while a line looks the same. Every edit makes a new document,
 * and a line that re-rendered for each one (drag previews, typing in a headline) would redraw every
 * visible line; with a stable layout only the lines the edit touched re-render.
 */
import type { Doc } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';
import { layoutLine, type LineLayout, type Marker, type Run } from './lineRuns.ts';

const sameRun = (a: Run, b: Run) =>
  a.start === b.start &&
  a.end === b.end &&
  a.kind === b.kind &&
  a.articleId === b.articleId &&
  a.number === b.number &&
  a.role === b.role;

const sameMarker = (a: Marker, b: Marker) =>
  a.offset === b.offset &&
  a.articleId === b.articleId &&
  a.number === b.number &&
  a.kind === b.kind &&
  a.partIndex === b.partIndex &&
  a.atLineStart === b.atLineStart;

function sameList<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

export function sameLayout(a: LineLayout, b: LineLayout): boolean {
  return (
    a.span.start === b.span.start &&
    a.span.end === b.span.end &&
    sameList(a.runs, b.runs, sameRun) &&
    sameList(a.markers, b.markers, sameMarker)
  );
}

export type LineLayouts = (doc: Doc, line: number) => LineLayout;

/**
 * A layout lookup for one source text. Layouts are computed once per document and line, and a line
 * whose layout equals the one it had in the previous document gets that same object back.
 */
export function lineLayouts(src: SourceText): LineLayouts {
  let doc: Doc | null = null;
  let current = new Map<number, LineLayout>();
  let previous = new Map<number, LineLayout>();
  return (d, line) => {
    if (d !== doc) {
      doc = d;
      previous = current;
      current = new Map();
    }
    const hit = current.get(line);
    if (hit) return hit;
    const fresh = layoutLine(d, src, line);
    const old = previous.get(line);
    const layout = old && sameLayout(old, fresh) ? old : fresh;
    current.set(line, layout);
    return layout;
  };
}

const bySource = new WeakMap<SourceText, LineLayouts>();

/** The shared lookup for a source text (every line component of an open issue uses the same one). */
export function lineLayoutsFor(src: SourceText): LineLayouts {
  let hit = bySource.get(src);
  if (!hit) {
    hit = lineLayouts(src);
    bySource.set(src, hit);
  }
  return hit;
}
