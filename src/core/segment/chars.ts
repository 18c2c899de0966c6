/** Character classes the line features are built from. Code-unit based: all BMP except rare names. */

export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdbff) // astral ideographs (Extension B…) only appear in names here
  );
}

/** Han characters plus the CJK punctuation that sits between them without spaces. */
export function isCjkish(c: number): boolean {
  return (
    isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
  );
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x1f) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isLatin(c: number): boolean {
  return isUpper(c) || isLower(c);
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Sentence-final punctuation, full and half width. */
// A colon may end a paragraph that introduces a list or a quotation; a semicolon may not.
const TERMINAL = new Set(['。', '！', '？', '!', '?', '…', '．', '.', '：', ':']);
/** Closers that may follow the terminal mark: quotes and brackets. */
const CLOSERS = new Set(['”', '’', '」', '』', '》', '）', ')', '"', "'", '】', '〕', ']']);

/** The same marks as code units: no one-character string per look. */
const codes = (chars: Set<string>): Set<number> =>
  new Set([...chars].filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
const TERMINAL_CODES = codes(TERMINAL);
const CLOSER_CODES = codes(CLOSERS);

/** The line ends a sentence: its last mark, ignoring closing quotes and brackets, is terminal. */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  while (i >= 0 && CLOSER_CODES.has(s.charCodeAt(i))) i--;
  return i >= 0 && TERMINAL_CODES.has(s.charCodeAt(i));
}

/** Punctuation that only occurs inside running sentences (not in headlines, as a rule). */
export const CLAUSE_PUNCT = new Set(['，', '。', '；', ',', ';']);

/**
 * The line is a finished piece of text: it ends a sentence, is a bracketed note on its own
 * (`（作者为…）`), or ends with a credit after its last sentence (`…吨。（本报记者梁文祥摄）`,
 * `…拍照。新华社记者 季春鹏 摄`).
 */
/** A bracketed note that is the whole text: `（作者为…）`, `（陕西省气象台9月3日16时发布）`, `(陈锐)`. */
export function isBracketNote(s: string): boolean {
  return BRACKET_NOTE.test(s);
}
const BRACKET_NOTE = /^[（(][^（()）]*[)）]$/;

export function isComplete(s: string): boolean {
  if (endsSentence(s)) return true;
  const last = s.charCodeAt(s.length - 1);
  // Only a closing bracket or a photographer's 摄 can still end a finished text.
  if (last !== 0xff09 && last !== 0x29 && last !== 0x6444 && last !== 0x651d && !isSpaceCode(last))
    return false;
  const t = s.trimEnd();
  if (isBracketNote(t)) return true;
  if (/(?:摄|攝)[)）]?$/.test(t)) return true;
  const m = /[（(][^（()）]*[)）]$/.exec(t);
  return m !== null && endsSentence(t.slice(0, m.index));
}

/**
 * Characters whose presence decides whether a costly pattern is worth trying on a line. The
 * feature pass ORs the bits of every character once, then skips the patterns that cannot match.
 */
export const CUE_BYLINE = 1; // 者员員生文 评評: reporter and author lines
export const CUE_AGENCY = 2; // 讯訊电電: `本报讯`, `新华社…电`
export const CUE_CREDIT = 4; // 摄攝图圖发發: photo credits
export const CUE_YEAR = 8; // 年: dates
export const CUE_DIGIT = 16;
export const CUE_AD = 32; // $ ! and the words of Chinese notices
export const CUE_PAGE = 64; // 版星週期: page headers
export const CUE_EDITOR = 128; // 编編校排签簽美组組: editor credits
export const CUE_ALL = 0xffff;

/** Cue bits of the Han block (U+4E00–U+9FFF) and of ASCII: small tables that stay in cache. */
const CUE_HAN = new Uint8Array(0xa000 - 0x4e00);
const CUE_ASCII = new Uint8Array(128);

/** The cue bits of one character code. */
export function cueOf(c: number): number {
  if (c < 128) return CUE_ASCII[c] as number;
  return c >= 0x4e00 && c < 0xa000 ? (CUE_HAN[c - 0x4e00] as number) : 0;
}

function cue(chars: string, bit: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (c < 128) CUE_ASCII[c] = (CUE_ASCII[c] as number) | bit;
    else CUE_HAN[c - 0x4e00] = (CUE_HAN[c - 0x4e00] as number) | bit;
  }
}
cue('者员員生文评評', CUE_BYLINE);
cue('讯訊电電', CUE_AGENCY);
cue('摄攝图圖发發', CUE_CREDIT);
cue('年', CUE_YEAR);
cue('0123456789', CUE_DIGIT);
cue('$!&广廣热熱话話启啟欢歡函优優特减減拍售', CUE_AD);
cue('版星週期', CUE_PAGE);
cue('编編校排签簽美组組版设設', CUE_EDITOR);
