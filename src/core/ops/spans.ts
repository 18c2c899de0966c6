/**
 * Span arithmetic over code-point offsets, and the few text questions the operations ask
 * (is there anything but whitespace here, where does the content start).
 */
import type { Span } from '../model.ts';
import { isSpace } from '../text.ts';
import type { SourceText } from '../text.ts';

export function isOffset(src: SourceText, n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= src.length;
}

export function isRange(src: SourceText, r: unknown): r is Span {
  if (typeof r !== 'object' || r === null) return false;
  const { start, end } = r as Partial<Span>;
  return isOffset(src, start) && isOffset(src, end) && start < end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : null;
}

/** The pieces of `span` outside `cut`, in order, each keeping the span's other properties. */
export function subtract<T extends Span>(span: T, cut: Span): T[] {
  if (!overlaps(span, cut)) return [span];
  const out: T[] = [];
  if (span.start < cut.start) out.push({ ...span, end: cut.start });
  if (cut.end < span.end) out.push({ ...span, start: cut.end });
  return out;
}

/**
 * Offsets of the first and last+1 non-whitespace characters of [start, end), or null when there
 * is none. Whitespace is always one BMP code unit, so code-unit steps over it are code-point steps.
 */
function contentBounds(src: SourceText, start: number, end: number): [number, number] | null {
  if (start >= end) return null;
  const s = src.slice(start, end);
  let i = 0;
  while (i < s.length && isSpace(s.charAt(i))) i++;
  if (i === s.length) return null;
  let j = s.length;
  while (isSpace(s.charAt(j - 1))) j--;
  return [start + i, end - (s.length - j)];
}

/** The span narrowed to its non-whitespace content (other properties kept), or null if it has none. */
export function trimSpan<T extends Span>(src: SourceText, span: T): T | null {
  const b = contentBounds(src, span.start, span.end);
  if (!b) return null;
  return b[0] === span.start && b[1] === span.end ? span : { ...span, start: b[0], end: b[1] };
}

export function hasContent(src: SourceText, start: number, end: number): boolean {
  return contentBounds(src, start, end) !== null;
}

/** Offset of the first non-whitespace character of [start, end), or -1. */
export function firstContent(src: SourceText, start: number, end: number): number {
  return contentBounds(src, start, end)?.[0] ?? -1;
}

/** Number of non-whitespace code points in [start, end). */
export function countContent(src: SourceText, start: number, end: number): number {
  let n = 0;
  for (const ch of src.slice(start, end)) if (!isSpace(ch)) n++;
  return n;
}

/**
 * The span cut at line breaks, each piece trimmed: a role span is "a line or a fragment of a line",
 * so new role spans never run across a line break.
 */
export function splitLines(src: SourceText, span: Span): Span[] {
  const out: Span[] = [];
  const s = src.slice(span.start, span.end);
  let from = 0;
  let cpFrom = span.start;
  for (;;) {
    const nl = s.indexOf('\n', from);
    const lineEndCu = nl < 0 ? s.length : nl;
    // Code points in this line: code units minus the low halves of surrogate pairs.
    let cps = 0;
    for (let i = from; i < lineEndCu; i++) {
      const c = s.charCodeAt(i);
      const pairedLow = c >= 0xdc00 && c <= 0xdfff && i > from && isHighSurrogate(s.charCodeAt(i - 1));
      if (!pairedLow) cps++;
    }
    const piece = trimSpan(src, { start: cpFrom, end: cpFrom + cps });
    if (piece) out.push(piece);
    if (nl < 0) break;
    from = nl + 1;
    cpFrom += cps + 1;
  }
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Parts of `range` not covered by any of `covered` (which need not be sorted). */
export function uncovered(range: Span, covered: Span[]): Span[] {
  const sorted = covered.filter((c) => overlaps(c, range)).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = range.start;
  for (const c of sorted) {
    if (c.start > at) out.push({ start: at, end: Math.min(c.start, range.end) });
    at = Math.max(at, c.end);
    if (at >= range.end) break;
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}
