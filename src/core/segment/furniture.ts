/**
 * Page furniture: text that belongs to no article. Each test looks at one line on its own; the
 * boundary pass decides about short lines whose role depends on their neighbours (column names).
 */

const EDITOR_CREDIT =
  /(?:责任编辑|責任編輯|版面设计|版面設計|美术编辑|美術編輯|美编|美編|校对|校對|版式设计|版式設計|组版|組版|排版|编辑[：:]|編輯[：:]|图片编辑|圖片編輯|值班主任|签发|簽發)/;

/** E-paper interface words; a line made only of these (and numbers, separators) is interface. */
const INTERFACE_WORDS =
  /内容详情|返回该版首页|返回目录|返回首页|返回主页|本文字数|字数|上一篇|下一篇|上一版|下一版|上一期|下一期|放大|缩小|默认|打印本页|打印|关闭窗口|关闭|分享到|版面导航|标题导航|版面概览|往期回顾|电子版|点击查看大图|查看大图|PDF版|PDF下载|下载PDF|字体|字号|大中小|【|】|第\s*\d+\s*版|\d+版/g;

const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|週[一二三四五六日]|\d{4}[-./]\d{1,2}[-./]\d{1,2}/;
const PAGE_CODE = /(?:^|\s)[A-Z]\s?\d{1,2}(?:\s|$)|第\s*[\d一二三四五六七八九十]+\s*版|[\d一二三四五六七八九十]+\s*版(?:\s|$|[：:])/;
const SENTENCE = /[，。；！？,;!?]/;

const ENGLISH_MONTH = /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const ENGLISH_WEEKDAY = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const ENGLISH_PAGE = /^(?:PAGE|Page)\s+(?:\d+|[A-Z][a-z]+|[A-Z]+)\.?$|^[-—–\s]*\d{1,3}[-—–\s]*$|^[A-Z]-?\d{1,2}$/;

function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20 && s.charCodeAt(i) !== 0x3000) n++;
  return n;
}

/** A label when the line on its own is furniture, else null. */
export function furnitureLabel(s: string): string | null {
  const n = visibleLength(s);
  if (n === 0) return null;
  if (n <= 60 && EDITOR_CREDIT.test(s) && !/(?:记者|記者|报道|報道)/.test(s.replace(EDITOR_CREDIT, ''))) return 'credit';
  if (n <= 60) {
    const rest = s.replace(INTERFACE_WORDS, '').replace(/[\s\d:：|｜/·.,，、()（）[\]<>《》-]+/g, '');
    if (rest.length === 0 && /\D/.test(s.replace(/\s/g, ''))) return 'interface';
    if (/^本文字数[:：]?\s*\d+/.test(s)) return 'interface';
  }
  if (n <= 3 && /^[\d\s\-—–·.|]+$/.test(s)) return 'page-header';
  if (n <= 60 && !SENTENCE.test(s.replace(/（星期[一二三四五六日天]）|\(星期[一二三四五六日天]\)/g, ''))) {
    const dated = DATE.test(s);
    const paged = PAGE_CODE.test(s);
    if (dated && (paged || n <= 30)) return 'page-header';
    if (paged && n <= 20) return 'page-header';
  }
  if (n <= 90 && ENGLISH_PAGE.test(s.trim())) return 'page-header';
  if (n <= 120 && ENGLISH_MONTH.test(s) && /\b1[6-9]\d\d|20\d\d\b/.test(s) && (ENGLISH_WEEKDAY.test(s) || /\bPAGE\b|\bPage\b/.test(s))) {
    return 'page-header';
  }
  return null;
}

/** `（下转第3版）`, `（上接第1版）`, `Continued on Page Three`, `(Continued from First Page.)`. */
const JUMP_OUT = /^[（(]?\s*(?:下转|转第|轉第|下轉|接第)[^）)]{0,12}[）)]?$|^\(?\s*(?:Continued|CONTINUED)\s+(?:on|ON)\s+(?:Page|PAGE)\s+[\w-]+[.,]?(?:\s*(?:Column|Col\.?)\s*[\w-]+)?\.?\s*\)?\.?$|^\(?\s*(?:See|SEE)\s+.{1,40}\s+(?:on|ON)\s+(?:Page|PAGE)\s+[\w-]+\.?\s*\)?\.?$/;
const JUMP_IN = /^[（(]?\s*(?:上接|上承|接上|承上|接第)[^）)]{0,12}[）)]?$|^\(?\s*(?:Continued|CONTINUED)\s+(?:from|FROM)\s+(?:Page|PAGE|First|FIRST|the\s+First)\s*[\w-]*\s*(?:Page|PAGE)?[.,]?\s*\)?\.?$/;
/** The same markers at the end of a paragraph (`…改善。（下转第3版）`) or its start (`（上接第1版）…`). */
const JUMP_OUT_TAIL = /[（(]\s*(?:下转|下轉|转第|轉第)[^（()）]{1,12}[）)]\s*$|\(?\s*(?:Continued|CONTINUED)\s+(?:on|ON)\s+(?:Page|PAGE)\s+[\w-]+\.?\s*\)?\.?\s*$/;
const JUMP_IN_HEAD = /^[（(]\s*(?:上接|上承|接上|承上)[^（()）]{1,12}[）)]\s*|^\(?\s*(?:Continued|CONTINUED)\s+(?:from|FROM)\s+[^)]{1,30}?(?:Page|PAGE)\.?\s*\)\.?\s*/;

export type JumpKind = 'out' | 'in';

export function jumpLine(s: string): JumpKind | null {
  if (s.length > 60) return null;
  if (JUMP_OUT.test(s)) return 'out';
  if (JUMP_IN.test(s)) return 'in';
  return null;
}

/** Length of a jump marker glued at the end of a line (out) or its start (in); 0 if none. */
export function jumpTail(s: string): number {
  const m = JUMP_OUT_TAIL.exec(s.length > 80 ? s.slice(-80) : s);
  return m ? m[0].length : 0;
}

export function jumpHead(s: string): number {
  const m = JUMP_IN_HEAD.exec(s.slice(0, 60));
  return m ? m[0].length : 0;
}

/** The page a jump marker points to, as written (`3`, `Three`), for pairing out and in markers. */
export function jumpPage(s: string): string | null {
  const m = /第\s*([\d一二三四五六七八九十]+)\s*版|(?:Page|PAGE)\s+([\w-]+)|(First|FIRST)\s+Page/.exec(s);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
}
