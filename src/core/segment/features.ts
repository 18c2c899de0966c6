import type { BylineMatch } from './bylines.ts';
import { matchByline, matchDateline } from './bylines.ts';
import { CUE_CREDIT, CUE_YEAR, isBracketNote, isComplete, isHan, isLatin } from './chars.ts';
import { countLine } from './counts.ts';
import type { JumpKind } from './furniture.ts';
import { furnitureLabel, isAd, isNotice, jumpHead, jumpLine, jumpTail } from './furniture.ts';
import type { Line } from './lines.ts';
import { HAN, NAME, POEM_DATE } from './patterns.ts';
import { englishHeadShape } from './english.ts';
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
  /** Length of a leading item marker (`（图片）小麦开镰`), 0 if none. */
  titleLead: number;
  /** Prose: a paragraph or a piece of one. Otherwise the line has the shape of a headline. */
  prose: boolean;
  /** Long and wordy enough to stand in a title group of several lines. */
  strong: boolean;
  /** Set in capitals (English): the main headline, where a deck is in Title Case. */
  caps: boolean;
  /** Reads like an advertisement (a shop's address, a telephone number, a price). */
  ad: boolean;
  /** A title line at all (an ad or a list of tokens is not). */
  titleable: boolean;
  /** An author's name alone (`张文`, `何小竹`). */
  name: boolean;
  /** The date line that closes a poem (`2023年5月于韶关`). */
  poemDate: boolean;
}

const BRIEF_MARK = /^[△▲●■◆◇★☆▶►]\s*/;
/** △ opens a brief with no headline; ▲ is the usual caption arrow, so it does not. */
const HEADLESS_MARK = /^△/;
/** A trailing reporter credit: `（记者 谭亮）`, `(张伟)`. With a bullet it marks a brief. */
const TRAILING_CREDIT = new RegExp(
  `[（(](?:[^（()）]{0,12}(?:记者|記者|通讯员|通訊員|实习生|實習生))?\\s*${NAME}(?:[\\s、，,]+${NAME}){0,3}\\s*[)）]$`,
);
/** A photo credit standing on its own line: `本报记者 张三 摄`, `（新华社发）`, `图/张三`. */
const PHOTO_CREDIT = new RegExp(
  `^[（(]?(?:[${HAN}]{0,6}(?:记者|記者))?\\s*(?:[${HAN}]{2,4}\\s*){1,3}(?:摄|攝|摄影|攝影|供图|供圖)[)）]?$|^[（(]?(?:新华社|新華社|中新社|本报|本報)(?:发|發|供图|供圖)[)）]?$|^(?:图|圖)[/／：:]\\s*[${HAN}]{2,8}$`,
);
const TITLE_MARK = /\s*[（(](?:图片|圖片|图|圖|附图|附圖|组图|組圖|视频|視頻|漫画|漫畫|摄影|攝影)[)）]$/;
const DATELINE_ALONE =
  /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\.$/;
const SENTENCE_THEN_CREDIT = /[。！？!?][”’」』]?\s*[（(][^（()）]{2,30}[)）]$/;
const TITLE_LEAD = /^[（(](?:图片|圖片|图|圖|组图|組圖|视频|視頻|漫画|漫畫)[)）]\s*/;
const NAME_LINE = new RegExp(`^(?:[□■○●◎◇◆☆★]|文[/／]|作者[：:]?)?\\s*((?:[${HAN}]\\s*){2,4})$`);
const SUBHEAD =
  /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．]|第[一二三四五六七八九十]{1,3}[，、,])/;
/** Short words that start like a surname but name a day or a time (`周四` in a weather box). */
const NOT_A_NAME =
  /^(?:周[一二三四五六日天末]|周年|星期.|[上中下]午|早晨|晚上|夜间|白天|高温|温度|金秋)$|^(?:周末|明日|今日|明天|今天)/;

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

const JUMP_START = /^[（([【下上转轉接承CcSsTtFf▶►▷→☞]/;

/**
 * The features of a line already known to be prose: only its furniture, byline, dateline, markers
 * and jump markers are left to find. Shared by the Chinese and English fast paths.
 */
function proseLine(
  s: string,
  counts: { n: number; han: number; latin: number; segments: number; mark: number },
  found: Pick<Features, 'furniture' | 'byline' | 'dateline' | 'headlessMark' | 'ad'>,
): Features {
  const { furniture } = found;
  // Same keys in the same order as lineFeatures' literal: one object shape for every line.
  return {
    n: counts.n,
    han: counts.han,
    latin: counts.latin,
    complete: isComplete(s),
    clauses: 2,
    segments: counts.segments,
    furniture,
    jump: null,
    jumpTail: furniture ? 0 : jumpTail(s),
    jumpHead: furniture ? 0 : jumpHead(s),
    byline: found.byline,
    dateline: found.dateline,
    mark: counts.mark,
    headlessMark: found.headlessMark,
    titleMark: 0,
    titleLead: 0,
    prose: true,
    strong: false,
    caps: false,
    titleable: false,
    name: false,
    poemDate: false,
    ad: found.ad,
  };
}

function proseFeatures(
  line: Line,
  n: number,
  han: number,
  latin: number,
  segments: number,
  punct: boolean,
  mark: number,
  endsBracket: boolean,
  cues: number,
): Features {
  const s = line.text;
  const furniture = n <= 120 && (!punct || isNotice(s)) ? furnitureLabel(s, n, han, cues) : null;
  const byline = furniture ? null : matchByline(mark === 0 ? s : s.slice(mark), cues);
  const ad = !furniture && !byline && !punct && n <= 160 && isAd(s, n, cues);
  return proseLine(
    s,
    { n, han, latin, segments, mark },
    {
      furniture: ad ? 'ad' : furniture,
      byline,
      dateline: 0,
      headlessMark: mark > 0 && (HEADLESS_MARK.test(s) || (endsBracket && TRAILING_CREDIT.test(s))),
      ad,
    },
  );
}

/** A long English line is a paragraph, unless it is the page header or an advertisement. */
function englishProse(
  line: Line,
  n: number,
  han: number,
  latin: number,
  segments: number,
  mark: number,
  cues: number,
): Features {
  const s = line.text;
  let furniture = n <= 120 ? furnitureLabel(s, n, han, cues) : null;
  const ad = !furniture && isAd(s, n, cues);
  // A long ad line is a string of short items set off by dashes, not sentences.
  if (ad && (englishHeadShape(s).head || (s.match(/ [—–] /g)?.length ?? 0) >= 2)) furniture = 'ad';
  const dateline = s.charCodeAt(0) >= 0x41 && s.charCodeAt(0) <= 0x5a ? matchDateline(s) : 0;
  return proseLine(
    s,
    { n, han, latin, segments, mark },
    { furniture, byline: null, dateline, headlessMark: false, ad },
  );
}

/** Strips closing quotes and brackets from the end, returning the last remaining character. */
function lastMeaningful(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && '”’」』）)'.includes(s[i] as string)) i--;
  return s[i] ?? '';
}

export function lineFeatures(line: Line, lang: Lang): Features {
  const s = line.text;
  const { n, han, latin, upper, segments, punct, cues } = countLine(s);
  const c0 = s.charCodeAt(0);
  const markM = (c0 >= 0x25a0 && c0 <= 0x25ff) || c0 === 0x2605 || c0 === 0x2606 ? BRIEF_MARK.exec(s) : null;
  const mark = markM ? markM[0].length : 0;
  const lastCode = s.charCodeAt(s.length - 1);
  const endsBracket = lastCode === 0x29 || lastCode === 0xff09;
  const en = lang === 'en' || latin > han * 2;
  // A long line of Chinese prose is a paragraph or a piece of one: only a fused byline, a glued
  // jump marker or a trailing credit can still matter. Most lines of an issue take this path.
  if (!en && n > 40 && !line.hint && !line.title)
    return proseFeatures(line, n, han, latin, segments, punct, mark, endsBracket, cues);
  if (en && s.length > 80 && !line.hint) return englishProse(line, n, han, latin, segments, mark, cues);
  const titleM = endsBracket && s.length <= 60 ? TITLE_MARK.exec(s) : null;
  const titleMark = titleM ? titleM[0].length : 0;
  const leadM = (c0 === 0xff08 || c0 === 0x28) && s.length <= 60 ? TITLE_LEAD.exec(s) : null;
  const titleLead = leadM && leadM[0].length < s.length ? leadM[0].length : 0;
  const core =
    mark === 0 && titleMark === 0 && titleLead === 0 ? s : s.slice(mark + titleLead, s.length - titleMark);
  // Long lines are paragraphs: spare them the furniture and headline tests.
  const short = n <= 120;

  // Jump markers first: `(下转第3版)` also reads like a page header.
  const jump = line.hint || !short || !JUMP_START.test(s) ? null : jumpLine(s);
  let furniture = jump ? null : (line.hint ?? (short ? furnitureLabel(s, n, han, cues) : null));
  const byline = furniture || jump ? null : matchByline(mark === 0 ? s : s.slice(mark), cues);
  const enShape = en ? englishHeadShape(core) : null;
  // An English ad reads like a headline (`Phone Main 6630.`); a paragraph naming a phone is prose.
  const adText = short && !furniture && !jump && !byline && isAd(s, n, cues);
  const ad = adText && (!enShape || enShape.head);
  if (ad) furniture = 'ad';
  const bracketed = endsBracket && isBracketNote(s);
  const credit = n <= 30 && cues & CUE_CREDIT && PHOTO_CREDIT.test(s);
  const complete = credit || isComplete(s);
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
    // A quoted phrase (`“海上120”`) is a kicker, never a column name.
    strong = (han >= 4 && n >= 4) || (han >= 2 && n >= 4 && /[“「『《]/.test(s));
    // A verse: a short line that only ends on a comma (`冬日的阳光洒在窗台上，`), no full stop.
    if (
      prose &&
      n <= 18 &&
      !endsStop &&
      !endsExclaim &&
      clauses === 0 &&
      '，、；'.includes(last) &&
      last !== ''
    ) {
      prose = false;
      strong = false;
    }
  }
  // A photo credit on its own line, or a numbered subhead inside an article (`一、加强组织领导`,
  // `（二）`): text of the article around it, never a headline.
  if (credit || (!en && SUBHEAD.test(s))) {
    prose = true;
    strong = false;
  }
  // `全天。(实习生 何雨欣)`: a sentence's end and its credit close a paragraph, whatever the length.
  if (!prose && endsBracket && SENTENCE_THEN_CREDIT.test(s)) {
    prose = true;
    strong = false;
  }
  // `（图片）` alone on its line opens the photo item below it: a marker, neither prose nor a title.
  if (titleMark > 0 && core.trim() === '') {
    prose = false;
    strong = false;
  }
  // `TOOWOOMBA, Tuesday.` on its own line opens the first paragraph like a dateline with a dash.
  const dateline = en && /^[A-Z]/.test(s) ? matchDateline(s) || (DATELINE_ALONE.test(s) ? s.length : 0) : 0;
  // `BEVERLY, Mass., Sept. 14.—President`: a paragraph's opening line, wrapped after a capital.
  if (dateline > 0) {
    prose = true;
    strong = false;
  }
  if (line.title && !prose) strong = true;
  const nameM = !en && n <= 6 ? NAME_LINE.exec(s) : null;
  const nameText = nameM ? (nameM[1] as string).replace(/\s+/g, '') : '';
  // After an author's ornament (`□ 索南卓玛`) any name will do, however rare its first character.
  const name =
    nameM !== null && (startsWithSurname(nameText) || /^[□○◇◆◎☆★]/.test(s)) && !NOT_A_NAME.test(nameText);
  const poemDate = !en && n <= 20 && (cues & CUE_YEAR) !== 0 && POEM_DATE.test(s);
  const titleable =
    !prose &&
    !ad &&
    !furniture &&
    !poemDate &&
    core.trim() !== '' &&
    '，、；'.indexOf(s[s.length - 1] ?? '') < 0 &&
    (en || segments <= 3);
  if (poemDate) strong = false;
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
    dateline,
    mark,
    headlessMark: mark > 0 && (HEADLESS_MARK.test(s) || (prose && endsBracket && TRAILING_CREDIT.test(s))),
    titleMark,
    titleLead,
    prose,
    strong,
    caps: latin >= 4 && upper >= latin * 0.7,
    titleable,
    name,
    poemDate,
    ad: adText,
  };
}
