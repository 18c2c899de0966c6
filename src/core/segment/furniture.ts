import { CUE_AD, CUE_ALL, CUE_DIGIT, CUE_EDITOR, CUE_PAGE, CUE_YEAR, isHan } from './chars.ts';

/**
 * Page furniture: text that belongs to no article. Each test here looks at one line on its own;
 * the boundary pass decides about short lines whose role depends on their neighbours (column
 * names, mastheads).
 */

const EDITOR_CREDIT =
  /(?:责任编辑|責任編輯|本版责编|本版責編|责编|責編|版面设计|版面設計|美术编辑|美術編輯|美编|美編|校对|校對|版式设计|版式設計|组版|組版|排版|本版编辑|本版編輯|编辑[：:]|編輯[：:]|图片编辑|圖片編輯|值班主任|签发|簽發)/;

/** E-paper interface words; a line made only of these (and numbers, separators) is interface. */
const INTERFACE_WORDS =
  /内容详情|返回该版首页|返回本版目录|返回本版|本版目录|返回目录|返回首页|返回主页|本文字数|字数|上一篇|下一篇|上一版|下一版|上一期|下一期|放大|缩小|默认|打印本页|打印|关闭窗口|关闭|分享到|版面导航|标题导航|版面概览|往期回顾|电子版|点击查看大图|查看大图|PDF版|PDF下载|下载PDF|【?字体[：:]?\s*大\s*中\s*小】?|字体|字号|大中小|第\s*\d+\s*版|\d+版/g;

const ZH_DIGIT = '[〇零一二三四五六七八九十百千\\d]';
/** First characters of the interface words (and of the page numbers that stand with them). */
const INTERFACE_START = new Set(Array.from('内返本字上下放缩默打关分版标往电点查P【大第0123456789'));
const DATE = new RegExp(
  `${ZH_DIGIT}{2,6}\\s*年\\s*${ZH_DIGIT}{1,3}\\s*月\\s*${ZH_DIGIT}{1,3}\\s*日|星期[一二三四五六日天]|週[一二三四五六日]|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}`,
);
const PAGE_CODE = new RegExp(
  `(?:^|\\s)[A-Z]\\s?\\d{1,2}(?:\\s|$)|第\\s*${ZH_DIGIT}+\\s*版|第\\s*\\d+\\s*期|${ZH_DIGIT}+\\s*版(?:\\s|$|[：:])|今日\\s*\\d+\\s*版`,
);
/** `4  要闻`: a page number and a section name. */
const PAGE_SECTION =
  /^(?:[A-Z]?\d{1,2}|第\s*\d+\s*版)\s+[\u4e00-\u9fff]{2,6}$|^[\u4e00-\u9fff]{2,6}\s+(?:[A-Z]?\d{1,2}|第\s*\d+\s*版)$/;
const SENTENCE = /[，。；！？,;!?]/;
/** Every page header names a date or a page: cheap test before the real ones. */
const WRITTEN_AT = /[日月年]\s*(?:于|於|写于|寫於|作于|作於)\s*[\u4e00-\u9fff]{1,8}$/;
const DATE_OR_PAGE = /[\d年版星週期]/;

const ENGLISH_MONTH =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const ENGLISH_WEEKDAY =
  /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const ENGLISH_PAGE =
  /^(?:PAGE|Page)\s+(?:\d+|[A-Z][a-z]+|[A-Z]+)\.?$|^[-—–\s]*\d{1,3}[-—–\s]*$|^[A-Z]-?\d{1,2}$/;
const ENGLISH_PRICE =
  /^(?:PRICE\s+)?(?:ONE|TWO|THREE|FOUR|FIVE|\d+)\s+(?:CENTS?|Cents?)\.?$|^(?:Price|PRICE)\s+\S+\s+(?:Cents?|CENTS?)\.?$/;
/** The edition a copy belongs to: `FINAL EXTRA`, `LAST EDITION 5 O'CLOCK`, `Home Edition`. */
const ENGLISH_EDITION =
  /^(?:(?:FINAL|LAST|LATE|HOME|CITY|NIGHT|SPORTS?|EARLY|NOON|STAR|MAIL|BULLDOG|BULL-DOG|RACING|SPECIAL|FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+)*(?:EXTRA|EDITION)(?:\s+\d{1,2}(?::\d\d)?\s*(?:O'CLOCK|O’CLOCK|P\.\s?M\.|A\.\s?M\.))?\.?$|^(?:(?:Final|Last|Late|Home|City|Night|Sports?|Early|Noon|Racing|Special)\s+)+(?:Extra|Edition)\.?$/;

/** A price notice or an ad's price: `本報每份國幣五分`, `每包大洋一角`, `定价 12元`. */
const PRICE_ZH =
  /(?:每份|每包|每瓶|每盒|每册|每冊|每打|每套|售價|售价|定價|定价|零售)[^，。]{0,8}?(?:國幣|国币|大洋|法幣|法币|洋)?\s*[\d〇一二三四五六七八九十百千]+\s*(?:元|圓|圆|角|分|毛)/;
/** A market box's quote: `今日金價  飾金每両 18,930元（賣出）`, `今日油价 92号汽油 7.89元/升`. */
const QUOTE_ZH =
  /^(?:今日|本周|本週|昨日)?\s*(?:金價|金价|油價|油价|匯價|汇价|牌價|牌价|菜價|菜价|肉價|肉价|行情)[\s：:]+[^，。；]{0,20}?\d[\d,.]*\s*(?:元|圓|圆|港元|美元)/;

/** A page number opening a line: `A04 要闻 …`, `第3版 …`. */
const PAGE_LEAD = /^(?:[A-Z]\d{1,2}|\d{1,2}|第\s*[\d一二三四五六七八九十]+\s*版)[\s\u3000]/;
/** A table of contents: `今日导读`, `暑期游学市场升温……A06`, `本版导读`. */
const CONTENTS =
  /^(?:今日导读|今日導讀|本版导读|本版導讀|导读|導讀|本期导读|本期導讀|要目|今日要目)$|(?:…{1,3}|\.{3,}|·{3,})\s*(?:[A-Z]?\d{1,2}\s*版?|第\s*\d+\s*版)$/;

/** The paper's own notice to readers: `启事：本报自十月一日起改为日刊…`, `敬告讀者：…`. */
const NOTICE = /^[\u4e00-\u9fff]{0,8}?(?:启事|啟事|敬告读者|敬告讀者|读者注意|讀者注意)[：:]/;

/** A notice's heading on its own line: `■ 书店启事`. */
const NOTICE_ALONE = /^[■□◆◇●★☆\s]*[\u4e00-\u9fff]{0,8}(?:启事|啟事)$/;

export function isNotice(s: string): boolean {
  return s.length <= 100 && (NOTICE.test(s) || NOTICE_ALONE.test(s));
}

/** The heading of a notice whose text follows on the next lines (not `启事：…` on one line). */
export function isNoticeHeading(s: string): boolean {
  return NOTICE_ALONE.test(s);
}

/** A prompt to scan a code or follow an account: `扫码关注中国水运报微信公众号`, `扫码看视频`. */
const QR_PROMPT =
  /^[★☆■□●◆▲△▶\s]*(?:扫码|掃碼|扫描二维码|掃描二維碼|扫一扫|掃一掃|长按识别|長按識別)|(?:微信公众号|公众号|公眾號|微信公眾號|客户端|客戶端|二维码|二維碼)$/;

/** Advertising: telephone numbers, street addresses, prices, sale shouts. */
const AD_ZH_STRONG =
  /^[■□◆◇★☆●]\s*(?:广告|廣告)\s*[■□◆◇★☆●]|\d{3,4}-[\dX×*]{7,8}(?![\dX×*])|(?:电|電)[：:]\s*\d[\dX×*]{6,}|^[【〔[（(](?:广告|廣告)[】〕\]）)]|^[■□◆◇★☆●\s【〔(（]*(?:广告|廣告)[\s■□◆◇★☆●】〕)）]*$|(?:热线|熱線|电话|電話)[：:]\s*\d{3,4}[ -]?\d{4}(?!\d)|\d{3,4}-\d{7,8}|\d{3,4}-\d{3,4}[ \u3000]\d{4}(?!\d)|^(?:电话|電話|热线|熱線|咨询电话|諮詢電話)[：:]\s*\d|(?<!\d)1\d{10}(?!\d)|^(?:广告|廣告)/;
const AD_ZH_WEAK =
  /咨询热线|热线|熱線|诚聘|誠聘|有意者|面议|面議|均有出售|均有發售|各大藥房|各大药房|免费入场|免費入場|凭本报|憑本報|欢迎光临|歡迎光臨|订购电话|訂購電話|联系电话|聯繫電話|启事|啟事|欢迎选购|歡迎選購|函索即寄|优惠|優惠|特价|特價|大减价|大減價|减价|減價|大拍卖|大拍賣/;
const AD_EN =
  /\b(?:Phone|PHONE|Tel\.|Telephone|Call|CALL)\b\s*[A-Z]?[a-z]*\.?\s*\d{3,}|\$\d+\.\d\d\b|\$\d+(?:\.\d\d)?\s+(?:and|to|or)\s+\$\d+|\b(?:SALE|Sale)!|\b\d{1,3}\/-|\b(?:from|each|pair|per|and|at)\s+\d{1,3}\/\d{1,2}d?\b|\b\d{1,3}\/\d{1,2}d?\s+(?:each|pair|per|the)\b/;
/** A firm's name standing alone, the signature of an ad: `DENHOLM & McKAY CO.`, `Smith & Sons`. */
const FIRM_EN =
  /^(?:[A-Z][A-Za-z.'’]+,?\s+)*[A-Z][A-Za-z.'’]+\s*&\s*(?:[A-Z][A-Za-z.'’]+\s+)*(?:CO|Co|SONS|Sons|BROS|Bros|COMPANY|Company)\.?(?:,?\s*(?:LTD|Ltd|LIMITED|Limited)\.?)?$|^[A-Z]{2,}(?:\s+[A-Z]\.)?\s*&\s*[A-Z]{2,}\.?$/;
/** `NORTH STAR MILLING CO.`: a firm in capitals. */
const FIRM_CO_EN = /^[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+)+\s+(?:CO|COMPANY)\.$/;
/** A shop's window: `NEW COATS AND FROCKS NOW ON VIEW`. */
const SHOWING_EN = /\bNOW (?:ON VIEW|SHOWING|ON SALE)\b/;
/** Where a branded article is sold: `Sold Everywhere.`, `Of All Grocers.` — an ad's last line. */
const SOLD_EN =
  /^(?:Sold\s+(?:Everywhere|by\s+all\s+\w+)|SOLD\s+EVERYWHERE|(?:Of|At|From)\s+(?:all|All|ALL)\s+(?:Grocers|Chemists|Dealers|Druggists|Stores|Stationers|Wine\s+Merchants|GROCERS|CHEMISTS|DEALERS|DRUGGISTS|STORES)|Ask\s+(?:Your|your)\s+(?:Grocer|Chemist|Dealer|Druggist))\b[^.]{0,30}\.?$/;
/** A street address, an ad only with a shop's words beside it (a headline may name an address). */
const ADDRESS_EN =
  /\b\d{1,5}\s+(?:[NSEW]\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:St|Ave|Avenue|Street|Blvd|Road)\b\.?/;
const SHOP_EN =
  /\b(?:CO\.|Co\.|Company|COMPANY|Store|STORE|Shop|SHOP|Buy|BUY|Sale|SALE|Prices?|PRICES?|Inc\.|Bros\.|BROS\.|Sons|SONS)/;

function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20 && s.charCodeAt(i) !== 0x3000) n++;
  return n;
}

/** Han characters standing alone between ornaments or spaces: `△敌△ 区 ‥ 消息`, OCR's scraps of a rule. */
function scatteredHan(s: string): number {
  let alone = 0;
  for (let i = 0; i < s.length; i++) {
    if (isHan(s.charCodeAt(i)) && !isHan(s.charCodeAt(i - 1)) && !isHan(s.charCodeAt(i + 1))) alone++;
  }
  return alone;
}

/** OCR garbage: few letters, digits or Han characters among the visible ones. */
export function isNoise(s: string): boolean {
  let vis = 0;
  let word = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    vis++;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) word++;
    else if (c >= 0x4e00 && c <= 0x9fff && c !== 0x4e28 /* 丨, a rule mistaken for a character */) word++;
  }
  if (vis === 0) return false;
  // A temperature (`－6℃～4℃`) is a weather box's line, however few letters it has.
  if (s.includes('℃')) return false;
  if (vis <= 40 && word / vis < 0.5) return true;
  // Short runs of isolated letters between punctuation: `~~ ,. '' iii`. (A lone Han character
  // with its full stop, `难。`, is the end of a broken paragraph, not noise.)
  if (/[\u4e00-\u9fff]/.test(s)) return false;
  return (
    vis <= 20 &&
    !/[A-Za-z]{2,}[a-z]|[A-Z]{3,}|[\u4e00-\u9fff]{2}|\d{2}/.test(
      s.replace(/(?<![A-Za-z])(?:i{2,}|l{2,})(?![A-Za-z])/g, ''),
    )
  );
}

/** Whether a line is an advertisement on its own (prices, telephone numbers, addresses). */
export function isAd(s: string, visible = visibleLength(s), cues = CUE_ALL): boolean {
  // A firm's name or a shop window in capitals needs no price or number beside it.
  if (s.length <= 40 && (FIRM_EN.test(s.trim()) || FIRM_CO_EN.test(s.trim()))) return true;
  if (s.length <= 60 && (SHOWING_EN.test(s) || SOLD_EN.test(s.trim()))) return true;
  if (s.length > 240 || visible > 160 || !(cues & (CUE_AD | CUE_DIGIT))) return false;
  if (/[A-Za-z]/.test(s) && /[\d$!]/.test(s) && (AD_EN.test(s) || (ADDRESS_EN.test(s) && SHOP_EN.test(s))))
    return true;
  if (/[。，]/.test(s) || !/[\u4e00-\u9fff]/.test(s)) return false;
  // A notice of several short segments (`新华书店启事 本店新到各种书籍 备有目录`) or a phone number.
  return AD_ZH_STRONG.test(s) || (AD_ZH_WEAK.test(s) && s.trim().split(/\s+/).length >= 3);
}

/** A label when the line on its own is furniture, else null. */
export function furnitureLabel(
  s: string,
  visible?: number,
  hanCount?: number,
  cues = CUE_ALL,
): string | null {
  // Furniture is short; a paragraph line is not worth the tests below.
  if (s.length > 240) return null;
  const n = visible ?? visibleLength(s);
  if (n === 0 || n > 120) return null;
  const hasHan = hanCount !== undefined ? hanCount > 0 : /[\u4e00-\u9fff]/.test(s);
  if (!hasHan) return englishFurniture(s, n);
  if (
    n <= 60 &&
    cues & CUE_EDITOR &&
    EDITOR_CREDIT.test(s) &&
    !/(?:记者|記者|报道|報道)/.test(s.replace(EDITOR_CREDIT, ''))
  ) {
    // `A04 要闻 责编：李 明` heads a page: the page number matters for jump markers.
    return PAGE_LEAD.test(s) ? 'page-header' : 'credit';
  }
  if (n <= 40 && CONTENTS.test(s)) return 'contents';
  if (isNotice(s)) return 'notice';
  // Long lines with sentence punctuation are text, not furniture.
  if (n > 30 && /[，。]/.test(s)) return null;
  if (n <= 30 && INTERFACE_START.has(s[0] as string)) {
    const rest = s.replace(INTERFACE_WORDS, '').replace(/[\s\d:：|｜/·.,，、()（）[\]<>《》【】-]+/g, '');
    if (rest.length === 0 && /\D/.test(s.replace(/\s/g, ''))) return 'interface';
    if (/^本文字数[:：]?\s*\d+/.test(s)) return 'interface';
  }
  if (n <= 3 && /^[\d\s\-—–·.|]+$/.test(s)) return 'page-header';
  if (
    n <= 60 &&
    cues & (CUE_YEAR | CUE_DIGIT | CUE_PAGE) &&
    DATE_OR_PAGE.test(s) &&
    !SENTENCE.test(s.replace(/（星期[一二三四五六日天]）|\(星期[一二三四五六日天]\)/g, ''))
  ) {
    // `2024年9月22日 于银川` closes a poem: written where, not a page's date.
    const dated = DATE.test(s) && !WRITTEN_AT.test(s);
    const paged = PAGE_CODE.test(s);
    if (dated && (paged || n <= 30)) return 'page-header';
    if (paged && n <= 20) return 'page-header';
    if (PAGE_SECTION.test(s.trim())) return 'page-header';
  }
  if (n <= 40 && (PRICE_ZH.test(s) || QUOTE_ZH.test(s)) && !/[。]/.test(s)) return 'ad';
  if (n <= 30 && QR_PROMPT.test(s) && !/[，。；]/.test(s)) return 'interface';
  // `本版邮箱：ccwb_zhxw@126.com`, `新闻热线：0871-…` standing alone: the page's contact credit.
  if (n <= 50 && CONTACT.test(s) && !/[，。；]/.test(s)) return 'credit';
  if (n <= 30 && PICTURE_NOTE.test(s)) return 'credit';
  // Two Han characters or more make a word, not OCR garbage (unless the line is a few scraps).
  // Noise needs fewer word characters than symbols, so a line mostly of Han text is never scanned.
  const fewHan = hanCount === undefined || hanCount < 2 || n <= 8;
  if ((fewHan || (hanCount * 2 < n && scatteredHan(s) >= 2)) && isNoise(s)) return 'noise';
  return null;
}

function englishFurniture(s: string, n: number): string | null {
  const t = s.trim();
  if (n <= 30 && (ENGLISH_PAGE.test(t) || ENGLISH_PRICE.test(t))) return 'page-header';
  if (n <= 40 && ENGLISH_EDITION.test(t)) return 'masthead';
  if (/\b(?:1[6-9]\d\d|20\d\d)\b/.test(s) && ENGLISH_MONTH.test(s) && ENGLISH_WEEKDAY.test(s))
    return 'page-header';
  if (n <= 40 && isNoise(s)) return 'noise';
  return null;
}

/** `（本版图片除署名外均为资料图片）`: a note on the page's pictures. */
const PICTURE_NOTE = /^[（(]?本版(?:图片|圖片)[^。，]*[)）]?$/;
const CONTACT =
  /^(?:本版|本报|本報|本刊)?(?:邮箱|郵箱|电子邮箱|電子郵箱|投稿邮箱|投稿郵箱|新闻热线|新聞熱線|报料热线|報料熱線|地址|社址)[：:][^，。；]{1,70}$/;

/** A newspaper's name standing alone: `人民日报`, `株洲晚报`, `THE EVENING STAR.` */
export function looksLikeMasthead(s: string): boolean {
  const t = s.trim();
  if (
    /^[\u4e00-\u9fff]{1,6}(?:日报|日報|晚报|晚報|晨报|晨報|时报|時報|商报|商報|周报|週報|早报|早報|都市报|都市報|报|報)$/.test(
      t,
    )
  )
    return true;
  return /^(?:THE\s+)?(?:[A-Z][A-Z'.]*\s+){0,3}(?:STAR|HERALD|TIMES|TELEGRAPH|TRIBUNE|POST|NEWS|JOURNAL|GAZETTE|SUN|WORLD|CHRONICLE|EXAMINER|EAGLE|REGISTER|REPUBLICAN|DEMOCRAT|GLOBE|LEDGER|COURIER|DISPATCH|BULLETIN|RECORD|PRESS|MAIL|EXPRESS|ADVERTISER|INQUIRER|SENTINEL|OBSERVER|MIRROR|STANDARD|DAILY)\.?$/.test(
    t,
  );
}

/** `（下转第3版）`, `（上接第1版）`, `Continued on Page Three`, `(Continued from First Page.)`. */
const JUMP_OUT =
  /^(?:[（(]|[▶►▷→☞]\s*)?\s*(?:下转|转第|轉第|下轉|[转轉][A-Z]?\d)[^）)]{0,12}[）)]?$|^\(?\s*turn\s+to\s+page\s+[\w-]+\.?\s*\)?\.?$|^\(?\s*continued\s+on\s+(?:page\s+[\w-]+|(?:the\s+)?[\w-]+\s+page)[.,]?(?:\s*(?:column|col\.?)\s*[\w-]+)?\.?\s*\)?\.?$|^\(?\s*see\s+.{1,40}\s+on\s+page\s+[\w-]+\.?\s*\)?\.?$/i;
const JUMP_IN =
  /^(?:[（(]|[▶►▷→☞]\s*)?\s*(?:上接|上承|接上|承上|接第|接[A-Z]?\d)[^）)]{0,12}[）)]?$|^\(?\s*(?:continued\s+)?from\s+(?:page\s+[\w-]+|(?:the\s+)?[\w-]+\s+page)[.,]?(?:\s*(?:column|col\.?)\s*[\w-]+)?\.?\s*\)?\.?$/i;
/** The same markers at the end of a paragraph (`…改善。（下转第3版）`) or its start (`（上接第1版）…`). */
const JUMP_OUT_TAIL =
  /[（(]\s*(?:下转|下轉|转第|轉第|[转轉][A-Z]?\d)[^（()）]{0,12}[）)]\s*$|\(\s*turn\s+to\s+page\s+[\w-]+\.?\s*\)\.?\s*$|\(?\s*continued\s+on\s+(?:page\s+[\w-]+|(?:the\s+)?[\w-]+\s+page)\.?\s*\)?\.?\s*$/i;
const JUMP_IN_HEAD =
  /^[（(]\s*(?:上接|上承|接上|承上|接[A-Z]?\d)[^（()）]{0,12}[）)]\s*|^\(?\s*continued\s+from\s+[^)]{1,30}?page\s*[\w-]*\.?\s*\)\.?\s*/i;

export type JumpKind = 'out' | 'in';

export function jumpLine(s: string): JumpKind | null {
  if (s.length > 60) return null;
  if (JUMP_OUT.test(s)) return 'out';
  if (JUMP_IN.test(s)) return 'in';
  return null;
}

/** Length of a jump marker glued at the end of a line; 0 if none. */
export function jumpTail(s: string): number {
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0xff09 && last !== 0x29 && last !== 0x2e && !/[a-z\d]/i.test(s[s.length - 1] ?? '')) return 0;
  const m = JUMP_OUT_TAIL.exec(s.length > 80 ? s.slice(-80) : s);
  return m ? m[0].length : 0;
}

/** Length of a jump marker glued at the start of a line; 0 if none. */
export function jumpHead(s: string): number {
  if (!/^[（(Cc]/.test(s)) return 0;
  const m = JUMP_IN_HEAD.exec(s.slice(0, 60));
  return m ? m[0].length : 0;
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
};

function pageNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in NUMERALS) return NUMERALS[w] as number;
  const m = /^十([一二三四五六七八九])$/.exec(w);
  if (m) return 10 + (NUMERALS[m[1] as string] as number);
  const k = /^([二三四五六七八九])十([一二三四五六七八九])?$/.exec(w);
  if (k) return (NUMERALS[k[1] as string] as number) * 10 + (k[2] ? (NUMERALS[k[2]] as number) : 0);
  return null;
}

/** `今日8版` / `本期16版` / `共12版` counts the issue's pages; it names none of them. */
const PAGE_COUNT = /(?:今日|本期|今天|共|全)\s*[\d一二三四五六七八九十]+\s*[版个個]/g;
/** Where a page number stands, most telling first. */
const PAGE_PATTERNS = [
  /^\s*[A-Z]?(\d{1,2})\s*$/,
  /第\s*([\d一二三四五六七八九十]+)\s*版/,
  /[A-Z]?(\d{1,2})\s*版/,
  /\bpage\s+([\w-]+)/i,
  /\b([\w]+)\s+page\b/i,
  /^\s*[A-Z]?(\d{1,2})\s/,
  /(?:^|\s)[A-Z](\d{1,2})(?:\s|$)/,
];

/** The page a jump marker or a page header names, as a number, for pairing out and in markers. */
export function pageOf(text: string): number | null {
  const s = text.replace(PAGE_COUNT, ' ');
  for (const re of PAGE_PATTERNS) {
    const m = re.exec(s);
    const p = m ? pageNumber(m[1] as string) : null;
    if (p !== null) return p;
  }
  return null;
}
