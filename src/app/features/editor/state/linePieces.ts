/** A line's runs cut further at the caret, the selection and mid-line markers, ready to draw. */
import type { LineLayout, Marker, Run } from './lineRuns.ts';

export interface Piece extends Run {
  selected: boolean;
  /** Drawn just before the piece's first character. */
  caretBefore: boolean;
  markersBefore: Marker[];
}

export interface LineMarks {
  caret: number | null;
  selection: { start: number; end: number } | null;
}

export interface LinePieces {
  pieces: Piece[];
  /** The caret sits after the last character (or on an empty line). */
  caretAtEnd: boolean;
  /** Markers at the end of the line (a part starting in the next line's gap): drawn at the end. */
  markersAtEnd: Marker[];
}

export function cutLine(layout: LineLayout, marks: LineMarks): LinePieces {
  const inline = layout.markers.filter((m) => !m.atLineStart);
  const cuts = new Set<number>();
  if (marks.caret !== null) cuts.add(marks.caret);
  if (marks.selection) {
    cuts.add(marks.selection.start);
    cuts.add(marks.selection.end);
  }
  for (const m of inline) cuts.add(m.offset);
  const pieces: Piece[] = [];
  for (const run of layout.runs) {
    const inside = [...cuts].filter((c) => c > run.start && c < run.end).sort((a, b) => a - b);
    let from = run.start;
    for (const to of [...inside, run.end]) {
      const sel = marks.selection;
      pieces.push({
        ...run,
        start: from,
        end: to,
        selected: sel !== null && from >= sel.start && to <= sel.end,
        caretBefore: marks.caret === from,
        markersBefore: inline.filter((m) => m.offset === from),
      });
      from = to;
    }
  }
  const end = layout.span.end;
  return {
    pieces,
    caretAtEnd:
      marks.caret === end && (pieces.length === 0 || marks.caret !== pieces[pieces.length - 1]?.start),
    markersAtEnd: inline.filter((m) => m.offset === end && !pieces.some((p) => p.start === end)),
  };
}
