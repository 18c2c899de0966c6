/**
 * Code-point addressing over a JavaScript (UTF-16) string.
 *
 * Every offset in Galley is a code point. Most issues have no astral characters, so the fast path
 * is the identity; when there are some (CJK Extension B names, for instance) we keep the sorted
 * code-unit positions of the astral characters and binary-search them.
 */
export class SourceText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** Code-unit index of each astral character's high surrogate, ascending. */
  private readonly astral: number[];
  private lineStartsCache: number[] | null = null;

  constructor(text: string) {
    this.text = text;
    const astral: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral.push(i);
          i++;
        }
      }
    }
    this.astral = astral;
    this.length = text.length - astral.length;
  }

  get hasAstral(): boolean {
    return this.astral.length > 0;
  }

  /** Code-point offset → code-unit offset. */
  cu(cp: number): number {
    if (this.astral.length === 0) return cp;
    // Number of astral characters whose code-point index is below cp: astral[k] - k is its cp index.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.astral[mid] as number) - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** Code-unit offset → code-point offset. */
  cp(cu: number): number {
    if (this.astral.length === 0) return cu;
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.astral[mid] as number) < cu) lo = mid + 1;
      else hi = mid;
    }
    return cu - lo;
  }

  /** Substring by code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.cu(start), this.cu(end));
  }

  /** Code-point offset of the start of every line (line 0 starts at 0). */
  lineStarts(): number[] {
    if (this.lineStartsCache) return this.lineStartsCache;
    const starts = [0];
    let from = 0;
    for (;;) {
      const i = this.text.indexOf('\n', from);
      if (i < 0) break;
      starts.push(this.cp(i + 1));
      from = i + 1;
    }
    this.lineStartsCache = starts;
    return starts;
  }

  /** 0-based line number containing the code-point offset. */
  lineOf(cp: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= cp) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Whitespace as Python's str.isspace() sees it, so our invariants agree with the reference scorer:
 * zero-width characters are content and must belong somewhere.
 */
// eslint-disable-next-line no-control-regex -- U+001C..U+001F are whitespace to Python
const SPACE_RE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function isSpace(ch: string): boolean {
  return ch.length === 1 && SPACE_RE.test(ch);
}
