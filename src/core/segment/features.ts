import type { BylineMatch } from './bylines.ts';
import { matchByline, matchDateline } from './bylines.ts';
import { isComplete, isHan, isLatin, isLower, isUpper } from './chars.ts';
import type { JumpKind } from './furniture.ts';
import { furnitureLabel, isAd, jumpHead, jumpLine, jumpTail } from './furniture.ts';
import type { Line } from './lines.ts';
import { HAN } from './patterns.ts';
import { startsWithSurname } from './surnames.ts';

export type Lang = 'zh' | 'en';

/** What one line looks like on its own. Neighbours are the boundary pass's business. */
export interface Features {
  /** Visible characters. */
  n: number;
  han: number;
  latin: number;
  /** The line ends a sentence (or is a bracketed note, which is complete by itself). */
  complete: boolean;
  /** Commas, semicolons and full stops inside the line. */
  clauses: number;
  /** Whitespace-separated segments. */
  segments: number;
  furniture: string | null;
  jump: JumpKind | null;
  /** Length of a jump marker glued to the end (out) or the start (in) of the line. */
  jumpTail: number;
  jumpHead: number;
  byline: BylineMatch | null;
  /** Length of an English dateline opening the line (`BOSTON, Mass., Sept. 16.—`). */
  dateline: number;
  /** Length of a leading brief marker (`△ `, `●`), 0 if none. */
  mark: number;
  /** The marker is the kind that opens a brief with no headline (△). */
  headlessMark: boolean;
  /** Length of a trailing item marker (`（图片）`), 0 if none. */
  titleMark: number;
  /** Prose: a paragraph or a piece of one. Otherwise the line has the shape of a headline. */
  prose: boolean;
  /** Long and wordy enough to stand in a title group of several lines. */
  strong: boolean;
  /** A title line at all (an ad or a list of tokens is not). */
  titleable: boolean;
  /** An author's name alone (`张文`, `何小竹`). */
  name: boolean;
  /** The date line that closes a poem (`2023年5月于韶关`). */
  poemDate: boolean;
  ad: boolean;
}

const BRIEF_MARK = /^[△▲●■◆◇★☆▶►]\s*/;
const HEADLESS_MARK = /^[△▲]/;
const TITLE_MARK = /\s*[（(](?:图片|圖片|图|圖|附图|附圖|组图|組圖|视频|視頻|漫画|漫畫|摄影|攝影)[)）]$/;
const NAME_LINE = new RegExp(`^(?:[□■○●◎]|文[/／]|作者[：:]?)?\\s*((?:[${HAN}]\\s*){2,4})$`);
const POEM_DATE = new RegExp(
  `^(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年(?:\\s*[\\d〇一二三四五六七八九十]{1,2}\\s*月)?(?:\\s*[\\d〇一二三四五六七八九十]{1,3}\\s*日)?(?:\\s*(?:于|於|写于|寫於|作于|作於|改于|改於|在))?[${HAN}]{0,8}$`,
);
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'as', 'is', 'but', 'nor', 'its',
]);

export function documentLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  const step = text.length > 200_000 ? Math.floor(text.length / 100_000) : 1;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if (isLatin(c)) latin++;
  }
  return han * 3 >= latin ? 'zh' : 'en';
}

function countClauses(s: string, upTo: number): number {
  let k = 0;
  for (let i = 0; i < upTo; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff0c || c === 0xff1b || c === 0x3002 || c === 0x3b) k++;
    else if (c === 0x2c && !(isDigitAt(s, i - 1) && isDigitAt(s, i + 1))) k++;
  }
  return k;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Shape of an English line: capitals or Title Case say headline; lower-case words say prose. */
function englishHeadShape(s: string): { head: boolean; strong: boolean } {
  if (s.length > 80) return { head: false, strong: false };
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c)) upper++;
    if (isUpper(c) || isLower(c)) letters++;
  }
  const words = s.split(/[\s—–-]+/).filter((w) => /[A-Za-z]/.test(w));
  let big = 0;
  let capital = 0;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z$\d]+/, '');
    if (SMALL_WORDS.has(bare.toLowerCase().replace(/[^a-z]/g, ''))) continue;
    big++;
    if (/^[A-Z$\d]/.test(bare)) capital++;
  }
  const caps = letters > 0 && upper / letters >= 0.7;
  const title = big > 0 && capital / big >= 0.75;
  const head = s.length <= 80 && letters >= 2 && (caps || title);
  return { head, strong: head && letters >= 6 && words.length >= 2 };
}

/** Strips closing quotes and brackets from the end, returning the last remaining character. */
function lastMeaningful(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && '”’」』）)'.includes(s[i] as string)) i--;
  return s[i] ?? '';
}

export function lineFeatures(line: Line, lang: Lang): Features {
  const s = line.text;
  let n = 0;
  let han = 0;
  let latin = 0;
  let segments = 0;
  let inSeg = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) {
      inSeg = false;
      continue;
    }
    if (!inSeg) segments++;
    inSeg = true;
    n++;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (isHan(c)) han++;
  }
  const markM = BRIEF_MARK.exec(s);
  const mark = markM ? markM[0].length : 0;
  const endsBracket = /[)）]$/.test(s);
  const titleM = endsBracket && s.length <= 60 ? TITLE_MARK.exec(s) : null;
  const titleMark = titleM ? titleM[0].length : 0;
  const core = mark === 0 && titleMark === 0 ? s : s.slice(mark, s.length - titleMark);
  const en = lang === 'en' || latin > han * 2;
  // Long lines are paragraphs: spare them the furniture and headline tests.
  const short = n <= 120;

  // Jump markers first: `(下转第3版)` also reads like a page header.
  const jump = line.hint || !short ? null : jumpLine(s);
  let furniture = jump ? null : (line.hint ?? (short ? furnitureLabel(s) : null));
  const byline = furniture || jump ? null : matchByline(mark === 0 ? s : s.slice(mark));
  const enShape = en ? englishHeadShape(core) : null;
  // An English ad reads like a headline (`Phone Main 6630.`); a paragraph naming a phone is prose.
  const ad = short && !furniture && !jump && !byline && (!enShape || enShape.head) && isAd(s);
  if (ad) furniture = 'ad';
  const bracketed = endsBracket && /^[（(][^（()）]*[)）]$/.test(s);
  const complete = isComplete(s);
  const clauses = n <= 40 ? countClauses(core, Math.max(0, core.length - 1)) : 2;

  let prose: boolean;
  let strong: boolean;
  if (enShape) {
    prose = !enShape.head;
    strong = enShape.strong;
  } else {
    const last = core[core.length - 1] ?? '';
    const end = lastMeaningful(core);
    const endsStop = '。.：:'.includes(end) && end !== '';
    const endsExclaim = '！？!?…'.includes(end) && end !== '';
    prose =
      endsStop ||
      bracketed ||
      (endsExclaim && (n > 20 || clauses > 0)) ||
      clauses >= 2 ||
      n > 40 ||
      (clauses === 1 && n > 25) ||
      last === '，' ||
      last === '、' ||
      last === '；';
    strong = han >= 4 && n >= 5;
  }
  if (line.title && !prose) strong = true;
  const nameM = !en && n <= 6 ? NAME_LINE.exec(s) : null;
  const name = nameM !== null && startsWithSurname((nameM[1] as string).replace(/\s+/g, ''));
  const poemDate = !en && n <= 20 && POEM_DATE.test(s);
  const titleable = !prose && !ad && !furniture && (en || segments <= 3);
  return {
    n,
    han,
    latin,
    complete,
    clauses,
    segments,
    furniture,
    jump,
    jumpTail: furniture || jump ? 0 : jumpTail(s),
    jumpHead: furniture || jump ? 0 : jumpHead(s),
    byline,
    dateline: en && /^[A-Z]/.test(s) ? matchDateline(s) : 0,
    mark,
    headlessMark: mark > 0 && HEADLESS_MARK.test(s),
    titleMark,
    prose,
    strong,
    titleable,
    name,
    poemDate,
    ad,
  };
}
