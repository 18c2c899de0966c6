import { cueOf, isHan, isLower, isUpper } from './chars.ts';

/** What the feature pass counts in one look at every character of a line. */
export interface LineCounts {
  /** Visible characters. */
  n: number;
  han: number;
  latin: number;
  upper: number;
  /** Whitespace-separated segments. */
  segments: number;
  /** A full-width comma or full stop occurs. */
  punct: boolean;
  /** The cue bits of every character, ORed (see chars.ts). */
  cues: number;
}

// Cue bits take the low 16 bits of a table entry; the character's class sits above them.
const CUES = 0xffff;
const SPACE = 1 << 16;
const PUNCT = 1 << 17;
const HAN = 1 << 18;
const LATIN = 1 << 19;
const UPPER = 1 << 20;

/**
 * Everything the pass asks of a character, for every BMP code unit: one load per character
 * instead of a chain of range tests. Built from the classifiers in chars.ts, so it follows them.
 */
const CLASS = new Uint32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let f = cueOf(c) & CUES;
  if (c <= 0x20 || c === 0x3000 || c === 0xa0) f |= SPACE;
  else {
    if (c === 0xff0c || c === 0x3002) f |= PUNCT;
    if (isHan(c)) f |= HAN;
    else if (isUpper(c)) f |= LATIN | UPPER;
    else if (isLower(c)) f |= LATIN;
  }
  CLASS[c] = f;
}

/** Counts a line's visible, Han and Latin characters and its segments, and collects its cue bits. */
export function countLine(s: string): LineCounts {
  let n = 0;
  let han = 0;
  let latin = 0;
  let upper = 0;
  let segments = 0;
  let seen = 0;
  let inSeg = false;
  for (let i = 0; i < s.length; i++) {
    const f = CLASS[s.charCodeAt(i)] as number;
    seen |= f;
    if (f & SPACE) {
      inSeg = false;
      continue;
    }
    if (!inSeg) {
      segments++;
      inSeg = true;
    }
    n++;
    if (f & HAN) han++;
    else if (f & LATIN) {
      latin++;
      if (f & UPPER) upper++;
    }
  }
  return { n, han, latin, upper, segments, punct: (seen & PUNCT) !== 0, cues: seen & CUES };
}
