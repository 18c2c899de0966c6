import { isCjkish, isComplete, isLatin, isSpaceCode } from './segment/chars.ts';
import { POEM_DATE } from './segment/patterns.ts';

function isHanText(s: string): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isCjkish(c)) cjk++;
    else if (isLatin(c)) latin++;
  }
  return cjk >= latin;
}

/** Exactly the code units `isSpaceCode` accepts (control characters included, hence the rule off). */
// eslint-disable-next-line no-control-regex
const SPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * Whitespace inside a paragraph: between two CJK characters (or a CJK character and a digit) it
 * was put there by a line break and goes; elsewhere runs collapse to one space.
 */
function cleanSpaces(s: string): string {
  // Most lines hold no whitespace at all: one native scan, and the line is returned as it is.
  const first = s.search(SPACE);
  if (first < 0) return s;
  let out = s.slice(0, first);
  let i = first;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) {
      const start = i;
      while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
      out += s.slice(start, i);
      continue;
    }
    const ws = i;
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (ws === 0 || i === n) continue;
    const before = s.charCodeAt(ws - 1);
    const after = s.charCodeAt(i);
    const cjkSide = isCjkish(before) || isCjkish(after);
    const digits = (before >= 0x30 && before <= 0x39) || before === 0x2e || before === 0x25;
    const digitsAfter = (after >= 0x30 && after <= 0x39) || after === 0x2e || after === 0x25;
    if (cjkSide || (digits && digitsAfter && isCjkContext(s, ws, i))) continue;
    out += ' ';
  }
  return out;
}

/** A digit run broken by a space inside Chinese text (`6 1.9%`): the break is the PDF's. */
function isCjkContext(s: string, ws: number, after: number): boolean {
  let k = ws - 1;
  while (k > 0 && /[\d.%]/.test(s[k] as string)) k--;
  let m = after;
  while (m < s.length - 1 && /[\d.%]/.test(s[m] as string)) m++;
  return isCjkish(s.charCodeAt(k)) || isCjkish(s.charCodeAt(m));
}

/** Joins two pieces of one paragraph: no space in Chinese, a hyphen at an English line end joins the word. */
function join(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  if (isCjkish(last) || isCjkish(first)) return a + b;
  if (last === 0x2d && a.length > 1 && isLatin(a.charCodeAt(a.length - 2)) && isLatin(first)) {
    return a.slice(0, -1) + b;
  }
  return `${a} ${b}`;
}

/**
 * A block that reads as prose (not a verse line or a weather token), so a missing full stop
 * means layout cut it. A column break leaves a long first piece; a verse is short.
 */
function isProse(s: string): boolean {
  // 20 characters or more is prose in either script, so a long paragraph is never scanned for its script.
  if (s.length >= 20) return true;
  if (!isHanText(s)) return s.length >= 12 || /[,;]/.test(s);
  return /[，。；、,]/.test(s.slice(0, -1)) && s.length >= 12;
}

/**
 * Paragraph repair. `blocks` are the body pieces of one article in reading order, as they stand in
 * the source (one string per source line or per blank-line-separated block). Returns clean
 * paragraphs: blocks broken mid-sentence joined back (even mid-word), spaces inserted between
 * CJK characters removed, hyphenated English line ends joined.
 */
export function repairParagraphs(blocks: string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const block of blocks) {
    const lines = blockLines(block);
    if (lines.length === 0) continue;
    for (const piece of onePerLine(lines) ? lines : [lines.reduce(join)]) {
      // Cleaned lines hold no whitespace but plain spaces, and joining adds only those: without one,
      // the second pass would return the piece unchanged.
      const text = piece.includes(' ') ? cleanSpaces(piece) : piece;
      // A poem's date line follows a verse that may end on a comma: it is never more of it.
      const dated = open && text.length <= 20 && POEM_DATE.test(text);
      if (open && !dated && out.length > 0) out[out.length - 1] = join(out[out.length - 1] as string, text);
      else out.push(text);
      const cur = out[out.length - 1] as string;
      open = !isComplete(cur) && isProse(cur);
    }
  }
  return out;
}

/** The non-empty lines of a block, each trimmed and cleaned. */
function blockLines(block: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const nl = block.indexOf('\n', from);
    const line = cleanSpaces((nl < 0 ? block.slice(from) : block.slice(from, nl)).trim());
    if (line.length > 0) lines.push(line);
    if (nl < 0) return lines;
    from = nl + 1;
  }
}

/**
 * The line ends where a paragraph could. An English column line ending on a colon introduces what
 * the next line says (`Forecast for the West of Scotland:`); a Chinese `报道：` may end a line.
 */
function endsLine(s: string): boolean {
  if (!isComplete(s)) return false;
  return !(s.endsWith(':') && isLatin(s.charCodeAt(s.length - 2)));
}

/**
 * A block whose lines mostly end a sentence holds one paragraph per line (a paper set that way,
 * with blank lines only between items); wrapped column lines mostly stop mid-sentence.
 */
function onePerLine(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const need = Math.ceil((lines.length * 3) / 5);
  let complete = 0;
  for (let k = 0; k < lines.length; k++) {
    if (endsLine(lines[k] as string)) complete++;
    // Wrapped column lines rarely end a sentence: stop once the share cannot be reached.
    if (complete + (lines.length - k - 1) < need) return false;
  }
  return complete >= need;
}
