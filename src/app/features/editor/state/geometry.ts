/** Where things are in the source text, in code points: lines, their content, sentence ends. */
import type { Span } from '../../../../core/model.ts';
import { isSpace, type SourceText } from '../../../../core/text.ts';

export function lineCount(src: SourceText): number {
  return src.lineStarts().length;
}

/** The line's characters without its line break. */
export function lineSpan(src: SourceText, line: number): Span {
  const starts = src.lineStarts();
  const start = starts[line] ?? src.length;
  const next = starts[line + 1];
  return { start, end: next === undefined ? src.length : next - 1 };
}

/** Offset of the line's first non-whitespace character, or -1 for a blank line. */
export function lineContentStart(src: SourceText, line: number): number {
  const { start, end } = lineSpan(src, line);
  let i = 0;
  for (const ch of src.slice(start, end)) {
    if (!isSpace(ch)) return start + i;
    i++;
  }
  return -1;
}

/** The content start of the nearest non-blank line at or after `line` (step 1) or before it (step -1). */
export function contentLineFrom(src: SourceText, line: number, step: 1 | -1): number | null {
  const n = lineCount(src);
  for (let l = line; l >= 0 && l < n; l += step) {
    const c = lineContentStart(src, l);
    if (c >= 0) return c;
  }
  return null;
}

/** Where a boundary at `offset` goes when moved one line up or down (skipping blank lines). */
export function boundaryLineTarget(src: SourceText, offset: number, direction: 1 | -1): number | null {
  const line = src.lineOf(offset);
  const here = lineContentStart(src, line);
  if (direction === -1 && here >= 0 && here < offset) return here;
  return contentLineFrom(src, line + direction, direction);
}

/** Where a boundary at `offset` goes when moved one character, skipping whitespace. */
export function boundaryCharTarget(src: SourceText, offset: number, direction: 1 | -1): number | null {
  let at = offset + direction;
  while (at >= 0 && at < src.length && isSpace(src.slice(at, at + 1))) at += direction;
  return at >= 0 && at < src.length ? at : null;
}

const SENTENCE_END = /[。！？!?；;…”」』）)]/;

/**
 * For an Alt-drag to a character: the nearest offset just after a sentence end within `reach`
 * characters, else the offset itself. Articles fused mid-line nearly always part at a sentence end.
 */
export function preferSentenceEnd(src: SourceText, offset: number, reach = 4): number {
  const line = lineSpan(src, src.lineOf(offset));
  let best = offset;
  let bestDistance = Infinity;
  for (let at = Math.max(line.start + 1, offset - reach); at <= Math.min(line.end, offset + reach); at++) {
    const prev = src.slice(at - 1, at);
    const next = src.slice(at, at + 1);
    if (SENTENCE_END.test(prev) && !SENTENCE_END.test(next) && Math.abs(at - offset) < bestDistance) {
      best = at;
      bestDistance = Math.abs(at - offset);
    }
  }
  return best;
}

/** Caret one line up or down, keeping the column where the line is long enough. */
export function caretLineTarget(src: SourceText, offset: number, direction: 1 | -1): number {
  const line = src.lineOf(offset);
  const target = line + direction;
  if (target < 0) return 0;
  if (target >= lineCount(src)) return src.length;
  const column = offset - (src.lineStarts()[line] ?? 0);
  const span = lineSpan(src, target);
  return Math.min(span.start + column, span.end);
}

/** The characters a line-level command acts on: the selected range, or the caret's line trimmed. */
export function lineOrRange(src: SourceText, caret: number, range: Span | null): Span | null {
  if (range) return range;
  const span = lineSpan(src, src.lineOf(caret));
  return span.start < span.end ? span : null;
}
