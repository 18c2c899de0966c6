import { isSpaceCode } from './chars.ts';

/**
 * A unit of layout the segmenter classifies: a non-blank source line, trimmed, or a piece of a
 * very long line (a PDF page flattened onto one line) cut where a line break used to be.
 * Offsets are code units into the source; the segmenter converts to code points at the end.
 */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Blank lines between this line and the previous non-blank one (0 inside a physical line). */
  gap: number;
  /** The source line it comes from. */
  phys: number;
  /** True when it is a piece of a longer physical line, not the whole of it. */
  piece: boolean;
  /** A furniture label the splitter already knows (a PDF page header cut out of its line). */
  hint?: string;
  /** The splitter found it standing between paragraphs before a byline or paragraph: a title piece. */
  title?: boolean;
}

/** Splits the text into trimmed non-blank lines. Linear; no slicing beyond each line's own text. */
export function physicalLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  let phys = 0;
  let gap = 0;
  const n = text.length;
  while (from <= n) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = n;
    let s = from;
    let e = nl;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        gap: out.length === 0 ? Math.max(gap, 1) : gap,
        phys,
        piece: false,
      });
      gap = 0;
    } else {
      gap++;
    }
    phys++;
    from = nl + 1;
  }
  return out;
}
