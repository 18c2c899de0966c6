/**
 * The sequence of non-whitespace characters every comparison runs over: whitespace belongs to
 * nobody in particular (the invariants let it fall between spans), so it must not count.
 */
import type { SourceText } from '../text.ts';
import type { SourceLocation } from './types.ts';

/**
 * Python's str.isspace() by code, the same set as `isSpace` in text.ts: a regular expression per
 * character would dominate the run time on a million-character issue.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  if (c < 0x85) return false;
  if (c === 0x85 || c === 0xa0 || c === 0x1680 || c === 0x3000) return true;
  if (c >= 0x2000 && c <= 0x200a) return true;
  return c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

export interface NonSpaceIndex {
  /** Number of non-whitespace characters. */
  count: number;
  /** Code-point offset of each non-whitespace character, ascending. */
  pos: Int32Array;
  /** before[cp] = how many non-whitespace characters lie before code-point offset cp (0 … length). */
  before: Int32Array;
}

export function nonSpaceIndex(src: SourceText): NonSpaceIndex {
  const text = src.text;
  const before = new Int32Array(src.length + 1);
  const pos = new Int32Array(src.length);
  let cp = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    before[cp] = count;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      pos[count++] = cp;
    } else if (!isSpaceCode(c)) {
      pos[count++] = cp;
    }
    cp++;
  }
  before[cp] = count;
  return { count, pos: pos.subarray(0, count), before };
}

/** The non-whitespace index range [from, to) inside code-point span [start, end), clamped to the text. */
export function nsRange(ns: NonSpaceIndex, start: number, end: number): [number, number] {
  const last = ns.before.length - 1;
  const s = Math.min(Math.max(start, 0), last);
  const e = Math.min(Math.max(end, s), last);
  return [ns.before[s] as number, ns.before[e] as number];
}

/** Code-point offset of non-whitespace character `i`; the text's end past the last one. */
export function cpOf(ns: NonSpaceIndex, i: number): number {
  return i < ns.count ? (ns.pos[i] as number) : ns.before.length - 1;
}

/** The source location of non-whitespace characters [from, to); a point when the range is empty. */
export function locate(ns: NonSpaceIndex, src: SourceText, from: number, to: number): SourceLocation {
  const start = cpOf(ns, from);
  const end = to > from ? (ns.pos[to - 1] as number) + 1 : start;
  return { start, end, line: src.lineOf(start) };
}

/** Number of source lines a location touches (at least 1). */
export function lineCount(src: SourceText, at: SourceLocation): number {
  return src.lineOf(Math.max(at.start, at.end - 1)) - at.line + 1;
}
