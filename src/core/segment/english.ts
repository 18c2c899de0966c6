/** English lines: what a headline deck looks like next to a wrapped paragraph line. */

/** Words a Title Case headline leaves in lower case. */
const SMALL_WORDS = new Set('a an the of in on to for and or at by with from as is but nor its'.split(' '));

/** Shape of an English line: capitals or Title Case say headline; lower-case words say prose. One pass. */
export function englishHeadShape(s: string): { head: boolean; strong: boolean } {
  if (s.length > 80) return NOT_HEAD;
  let upper = 0;
  let letters = 0;
  let words = 0;
  let big = 0;
  let capital = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    // A word runs to the next space or dash; leading punctuation is skipped.
    while (i < n && isWordBreak(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isWordBreak(s.charCodeAt(i))) i++;
    let first = -1;
    let wordLetters = 0;
    let h = 0;
    for (let k = start; k < i; k++) {
      const c = s.charCodeAt(k);
      const up = c >= 0x41 && c <= 0x5a;
      const low = c >= 0x61 && c <= 0x7a;
      if (up) upper++;
      if (up || low) {
        letters++;
        wordLetters++;
        if (wordLetters <= 4) h = h * 32 + ((c | 0x20) - 0x60);
      }
      if (first < 0 && (up || low || c === 0x24 || (c >= 0x30 && c <= 0x39))) first = c;
    }
    if (wordLetters === 0) continue;
    words++;
    if (wordLetters <= 4 && SMALL_CODES.has(h)) continue;
    big++;
    if (first === 0x24 || (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a)) capital++;
  }
  const caps = letters > 0 && upper / letters >= 0.7;
  const title = big > 0 && capital / big >= 0.75;
  const head = letters >= 2 && (caps || title);
  return head ? (letters >= 6 && words >= 2 ? HEAD_STRONG : HEAD_WEAK) : NOT_HEAD;
}

const NOT_HEAD = { head: false, strong: false };
const HEAD_WEAK = { head: true, strong: false };
const HEAD_STRONG = { head: true, strong: true };

function isWordBreak(c: number): boolean {
  return c <= 0x20 || c === 0x2014 || c === 0x2013 || c === 0x2d;
}

/** Small words keyed by their letters (a=1 … z=26, base 32), for the Title Case test. */
const SMALL_CODES = new Set(
  Array.from(SMALL_WORDS)
    .filter((w) => w.length <= 4)
    .map((w) => Array.from(w).reduce((h, ch) => h * 32 + (ch.charCodeAt(0) - 0x60), 0)),
);
