import { matchByline } from './bylines.ts';
import { isBracketNote, isCjkish, isComplete, isSpaceCode } from './chars.ts';
import { furnitureLabel, isAd, jumpLine, jumpTail, looksLikeMasthead } from './furniture.ts';
import type { Line } from './lines.ts';
import { startsWithSurname } from './surnames.ts';

/**
 * PDF text where a whole page is one line: every printed line end became a space (even inside a
 * word), a paragraph starts after an indent (ideographic spaces, or two ASCII spaces), and
 * headlines and bylines stand between paragraphs separated by single spaces. We cut such a line
 * into pseudo-lines (page header, title pieces, byline, whole paragraphs, page footer) so the
 * ordinary line classifier can read it.
 */

interface Piece {
  start: number;
  end: number;
  /** The whitespace before it is a paragraph indent. */
  indent: boolean;
}

/**
 * A flattened PDF page: a long line of Chinese cut by spaces every line-width or so. An ordinary
 * paragraph line may hold a few spaces (around reporters' names) but then runs on unbroken.
 */
const MIN_PAGE = 200;

export function isPdfLine(text: string, start: number, end: number): boolean {
  // A page holds a few paragraphs at least; a paragraph with padded names is shorter than this.
  if (end - start < MIN_PAGE) return false;
  // Chinese text: some Han characters near the start (past a masthead in Latin letters).
  let han = 0;
  for (let i = start; i < start + 120; i++) if (isCjkish(text.charCodeAt(i))) han++;
  if (han < 24) return false;
  let gaps = 0;
  let cjkGaps = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000) {
      if (++run > 48) return false;
      continue;
    }
    run = 0;
    gaps++;
    if (isCjkish(text.charCodeAt(i - 1)) && isCjkish(text.charCodeAt(i + 1))) cjkGaps++;
  }
  return gaps >= 4 && cjkGaps >= 3;
}

function pieces(text: string, start: number, end: number): Piece[] {
  // Which whitespace marks an indent: ideographic spaces when the page uses them, else 2+ spaces.
  let ideo = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x3000) ideo++;
  const ideoIndent = ideo >= 4;
  const out: Piece[] = [];
  let i = start;
  let indent = false;
  let open = -1;
  while (i < end) {
    const ws = i;
    let hasIdeo = false;
    while (i < end && isSpaceCode(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x3000) hasIdeo = true;
      i++;
    }
    // Inside a short bracket the gap pads a name (`（潮州日报记者 李  晖 摄）`), it is no indent.
    if (i > ws) indent = (ideoIndent ? hasIdeo : i - ws >= 2) && !(open >= 0 && ws - open <= 24);
    const s = i;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 0xff08 || c === 0x28) open = i;
      else if (c === 0xff09 || c === 0x29) open = -1;
      i++;
    }
    if (i > s) out.push({ start: s, end: i, indent: out.length === 0 && ws === start ? false : indent });
    indent = false;
  }
  return out;
}

const HEADER_PIECE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]|(?:农历|農曆)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?[正一二三四五六七八九十冬腊臘]{1,3}月[初一二三四五六七八九十廿卅]{1,3}|[A-Z]\d{1,2}|第[\d一二三四五六七八九十]+(?:版|期)|今日\d+版|[A-Z]{2,}|\d{1,3}|(?:责任编辑|責任編輯|编辑|編輯|责编|責編|主编|主編|美编|美編|校对|校對|版式|版式设计|美术编辑|美術編輯|图片编辑|圖片編輯|值班编辑|值班編輯)[：:][\u4e00-\u9fff]{1,4})$/;

/** A section name of four characters or so: `国内新闻`, `时事要闻`, `区县综合`. */
const SECTION =
  /^[\u4e00-\u9fff]{1,4}(?:新闻|要闻|综合|时评|评论|专版|副刊|经济|民生|社会|文化|体育|国际|国内|财经|城事|本埠|视点|关注|聚焦|快讯)$/;

const EDITOR_WORD =
  /^(?:责任编辑|責任編輯|编辑|編輯|责编|責編|美编|美編|组版|組版|校对|校對|版式|排版|主编|主編)$/;
const ONE_TO_THREE_HAN = /^[\u4e00-\u9fff]{1,3}$/;
const EDITOR_SHORT = /[：:][\u4e00-\u9fff]{1,2}$/;
const ONE_OR_TWO_HAN = /^[\u4e00-\u9fff]{1,2}$/;
const ONE_HAN = /^[\u4e00-\u9fff]$/;

function isHeaderPiece(s: string, afterHeader: boolean): boolean {
  if (HEADER_PIECE.test(s) || looksLikeMasthead(s)) return true;
  if (afterHeader && EDITOR_WORD.test(s)) return true;
  // A section name right after the date or page code: `要闻`, `民生`.
  return afterHeader && (/^[\u4e00-\u9fff]{2,3}$/.test(s) || SECTION.test(s));
}

function pieceEnds(text: string, p: Piece, from: number): boolean {
  const s = text.slice(p.start, p.end);
  if (jumpTail(s) > 0) return true;
  // A bracket on its own (`(陈锐)`) ends a paragraph only after a sentence end: see below.
  if (!isBracketNote(s) && isComplete(s)) return true;
  // A trailing credit broken by the line ends (`接种。（记者 蔡 玲 ）`) ends the paragraph too.
  const last = s.charCodeAt(s.length - 1);
  return (last === 0xff09 || last === 0x29) && isComplete(text.slice(Math.max(from, p.end - 40), p.end));
}

function hasClause(text: string, p: Piece): boolean {
  if (p.end - p.start > 40) return true;
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x2c || c === 0x3b) return true;
  }
  return false;
}

function mk(text: string, phys: number, start: number, end: number, hint?: string): Line {
  const line: Line = { start, end, text: text.slice(start, end), gap: 0, phys, piece: true };
  if (hint) line.hint = hint;
  return line;
}

const AD_WORD = /^[【〔[（(]?(?:广告|廣告)[】〕\]）)]?$/;
const HAS_DIGIT = /\d/;
const HOTLINE = /(?:热线|熱線|电话|電話|咨询|諮詢)[：:]?$/;
const HOTLINE_NUMBER = /(?:热线|熱線|电话|電話|咨询|諮詢)[：:]?[\d-]{5,13}$/;
const AD_CLOSE =
  /^(?:欢迎光临|歡迎光臨|敬请光临|敬請光臨|欢迎选购|歡迎選購|欢迎垂询|歡迎垂詢|欢迎惠顾|歡迎惠顧|欢迎订阅|歡迎訂閱)$/;
/** Words of an ad's venue and offer, never of a headline. */
const AD_PIECE =
  /免费|免費|入场|入場|凭本报|憑本報|凭券|憑券|展览中心|展覽中心|会展中心|會展中心|光临|光臨|博览会|博覽會|热线|熱線|欢迎|歡迎|咨询|諮詢|优惠|優惠|地址|门票|門票|报名|報名/;

/**
 * An advertisement set between two articles: `广告` (or a line that reads as one) and the pieces up
 * to the last one with a number in it (a price, a telephone). Returns the index after it, or -1.
 */
function adRun(text: string, ps: Piece[]): { from: number; to: number } | null {
  for (let j = 0; j < ps.length; j++) {
    const p = ps[j] as Piece;
    const s = text.slice(p.start, p.end);
    if (!AD_WORD.test(s) && !isAd(s)) continue;
    let to = j;
    for (let k = j + 1; k < ps.length && k <= j + 10; k++)
      if (HAS_DIGIT.test(text.slice((ps[k] as Piece).start, (ps[k] as Piece).end))) to = k;
    // Then the venue and the offer (`石家庄国际展览中心 凭本报免费入场`), short of the next title.
    while (
      to + 2 < ps.length &&
      AD_PIECE.test(text.slice((ps[to + 1] as Piece).start, (ps[to + 1] as Piece).end))
    )
      to++;
    return { from: j, to };
  }
  // No `广告`, but an ad's closing words (`欢迎光临`) with a title after them: all before is the ad.
  // Nor one with a hotline and its number (`服务热线 96588`).
  for (let j = 0; j + 1 < ps.length; j++) {
    const s = text.slice((ps[j] as Piece).start, (ps[j] as Piece).end);
    if (AD_CLOSE.test(s) || HOTLINE_NUMBER.test(s)) return { from: 0, to: j };
    const next = ps[j + 1] as Piece;
    if (j + 2 < ps.length && HOTLINE.test(s) && /^[\d-]{5,13}$/.test(text.slice(next.start, next.end)))
      return { from: 0, to: j + 1 };
  }
  return null;
}

/** Title pieces and a byline standing between paragraphs (or after the page header). */
function emitHeads(text: string, phys: number, ps: Piece[], out: Line[]): void {
  if (ps.length === 0) return;
  const ad = adRun(text, ps);
  if (ad) {
    emitHeads(text, phys, ps.slice(0, ad.from), out);
    out.push(mk(text, phys, (ps[ad.from] as Piece).start, (ps[ad.to] as Piece).end, 'ad'));
    emitHeads(text, phys, ps.slice(ad.to + 1), out);
    return;
  }
  const last = ps[ps.length - 1] as Piece;
  let byline = ps.length;
  for (let j = 0; j < ps.length; j++) {
    // A byline is short: only the last few pieces can start one.
    if (last.end - (ps[j] as Piece).start > 100) continue;
    const s = text.slice((ps[j] as Piece).start, last.end);
    const m = matchByline(s);
    if (m && m.len === s.length) {
      byline = j;
      break;
    }
  }
  // An author's name padded to width (`王 敏`) after the title: one line, for the classifier to read.
  let author = byline;
  if (byline === ps.length && byline >= 3) {
    const a = text.slice((ps[byline - 2] as Piece).start, (ps[byline - 2] as Piece).end);
    const b = text.slice((ps[byline - 1] as Piece).start, (ps[byline - 1] as Piece).end);
    if (ONE_HAN.test(a) && ONE_HAN.test(b) && startsWithSurname(a + b)) author = byline - 2;
  }
  for (let j = 0; j < author; j++) {
    const p = ps[j] as Piece;
    const piece = mk(text, phys, p.start, p.end);
    // A title broken at a space leaves short pieces (`高考首日`) that are still title lines; a
    // jump marker (`（上接第1版）`) is left for the classifier to see.
    if (!jumpLine(piece.text)) piece.title = true;
    out.push(piece);
  }
  if (author < byline) out.push(mk(text, phys, (ps[author] as Piece).start, last.end));
  else if (byline < ps.length) out.push(mk(text, phys, (ps[byline] as Piece).start, last.end));
}

function emitFooter(text: string, phys: number, ps: Piece[], out: Line[]): void {
  if (ps.length === 0) return;
  const s = (ps[0] as Piece).start;
  const e = (ps[ps.length - 1] as Piece).end;
  const body = text.slice(s, e);
  out.push(mk(text, phys, s, e, furnitureLabel(body) ?? (isAd(body) ? 'ad' : 'page-footer')));
}

export function splitPdfLine(text: string, line: Line): Line[] {
  const ps = pieces(text, line.start, line.end);
  const out: Line[] = [];
  // The page header first, across any wide gaps between its items (`A2  2025年9月23日  南通日报`).
  let h = 0;
  while (h < ps.length) {
    const s = text.slice((ps[h] as Piece).start, (ps[h] as Piece).end);
    if (!isHeaderPiece(s, h > 0)) break;
    h++;
    // `责任编辑：张 颖`: the editor's name padded with a space runs on into the next piece.
    const rest = ps[h] ? text.slice((ps[h] as Piece).start, (ps[h] as Piece).end) : '';
    if (EDITOR_SHORT.test(s) && ONE_OR_TWO_HAN.test(rest) && s.length + rest.length <= 12) h++;
    // `编辑 汪 洋 组版 李 梅`: the role without a colon, then the name, padded or not.
    if (EDITOR_WORD.test(s)) {
      let name = 0;
      while (h < ps.length) {
        const t = text.slice((ps[h] as Piece).start, (ps[h] as Piece).end);
        if (!ONE_TO_THREE_HAN.test(t) || EDITOR_WORD.test(t) || name + t.length > 3) break;
        name += t.length;
        h++;
      }
    }
  }
  if (h > 0) out.push(mk(text, line.phys, (ps[0] as Piece).start, (ps[h - 1] as Piece).end, 'page-header'));
  // Segments: what follows the header up to the first indent, then one per indented paragraph.
  const segs: Piece[][] = [[]];
  for (let k = h; k < ps.length; k++) {
    const p = ps[k] as Piece;
    if (p.indent && k > h) segs.push([]);
    (segs[segs.length - 1] as Piece[]).push(p);
  }
  // A short indented run with neither a sentence end nor a comma is no paragraph (an ad's lines,
  // a title set off by wide gaps): it joins what stands between the paragraphs around it.
  for (let k = segs.length - 1; k >= 1; k--) {
    const seg = segs[k] as Piece[];
    const len = (seg[seg.length - 1] as Piece).end - (seg[0] as Piece).start;
    if (len < 60 && !seg.some((p) => hasClause(text, p) || pieceEnds(text, p, (seg[0] as Piece).start))) {
      (segs[k - 1] as Piece[]).push(...seg);
      segs.splice(k, 1);
    }
  }
  const first = segs[0] as Piece[];
  if (segs.length === 1) {
    // No indents: the paragraphs cannot be told apart. A short rest is the page footer; a long
    // one stays a single piece of text rather than going to furniture.
    const rest = first;
    const last = rest[rest.length - 1];
    if (rest.length > 0 && last && last.end - (rest[0] as Piece).start > 200) {
      out.push(mk(text, line.phys, (rest[0] as Piece).start, last.end));
    } else {
      emitFooter(text, line.phys, rest, out);
    }
  } else {
    emitHeads(text, line.phys, first, out);
  }
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k] as Piece[];
    // The paragraph runs to the last sentence end after which only short, comma-free pieces stand.
    let L = seg.length - 1;
    for (let j = seg.length - 1; j >= 0; j--) {
      const p = seg[j] as Piece;
      if (pieceEnds(text, p, (seg[0] as Piece).start)) {
        L = j;
        break;
      }
      // Pieces after the paragraph's end are short and comma-free (a title, a byline).
      if (hasClause(text, p)) break;
    }
    out.push(mk(text, line.phys, (seg[0] as Piece).start, (seg[L] as Piece).end));
    const tail = seg.slice(L + 1);
    if (k === segs.length - 1) emitFooter(text, line.phys, tail, out);
    else emitHeads(text, line.phys, tail, out);
  }
  if (out.length > 0) (out[0] as Line).gap = line.gap;
  return out;
}
