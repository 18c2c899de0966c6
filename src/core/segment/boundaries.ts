import type { Cue } from '../model.ts';
import type { Features, Lang } from './features.ts';
import { isBracketNote } from './chars.ts';
import { isNoticeHeading, looksLikeMasthead, pageOf } from './furniture.ts';
import type { Line } from './lines.ts';

export type LineRole = 'title' | 'byline' | 'body' | 'furniture' | 'jump';

/** An article as the boundary pass sees it: one contiguous run of lines. */
export interface Draft {
  /** Line indices, ascending and contiguous apart from furniture never inside. */
  lines: number[];
  kind: 'news' | 'list' | 'brief' | 'fragment';
  cues: Cue[];
  confidence: number;
  /** Page number named by the page header above it, when known. */
  page: number | null;
  /** A jump marker after the article (`下转第3版`) and the page it names. */
  jumpOut: { line: number; page: number | null } | null;
  /** A jump marker before a fragment (`上接第1版`) and the page it names. */
  jumpIn: { line: number; page: number | null } | null;
}

export interface Layout {
  drafts: Draft[];
  role: LineRole[];
  /** Furniture label per line (for role 'furniture' and 'jump'). */
  label: (string | null)[];
  /** Page numbers named by page headers: the pages this text holds. */
  pages: Set<number>;
}

const MAX_TITLE = { zh: 4, en: 8 } as const;
/** The second line of a QR prompt says what scanning gets you. */
const PROMPT_REST =
  /获取|獲取|查看|看更多|了解|下载|下載|关注|關注|阅读|閱讀|收听|收聽|收看|资讯|資訊|客户端|客戶端|公众号|公眾號|视频|視頻|精彩|更多/;
/** A line that opens with the second half of a cut word: one character and a comma, or a sentence of two or three. */
const CUT_WORD =
  /^[\u4e00-\u9fff](?<![一二三四五六七八九十])[、，；]|^[\u4e00-\u9fff]{2,3}。(?=[\u4e00-\u9fff“])/;
const WEATHER = /天气|天氣|气象|氣象|预报|預報/;

/**
 * Groups classified lines into article drafts: a headline group (a run of headline-shaped lines
 * followed by a byline or prose) opens an article, and so do a byline, a brief marker, a fused
 * agency byline after a finished paragraph, or prose after furniture (a headless fragment).
 * Short lines that cannot be a title become furniture (column names, mastheads) or, in a run of
 * three or more, list items such as poems and weather boxes.
 */
export function assemble(lines: Line[], feats: Features[], lang: Lang): Layout {
  const n = lines.length;
  const role: LineRole[] = new Array<LineRole>(n).fill('body');
  const label: (string | null)[] = new Array<string | null>(n).fill(null);
  const drafts: Draft[] = [];
  const pages = new Set<number>();
  // Mutable state shared by the helpers below: the article being filled and what it has so far.
  const st = {
    cur: null as Draft | null,
    page: null as number | null,
    pendingIn: null as { line: number; page: number | null } | null,
    hasTitle: false,
    hasBody: false,
  };

  const f = (i: number): Features => feats[i] as Features;
  const wholeByline = (i: number): boolean => {
    const b = f(i).byline;
    return b !== null && b.len >= (lines[i] as Line).text.length && !f(i).prose;
  };
  const isHead = (i: number): boolean => {
    const x = f(i);
    return !x.furniture && !x.jump && !wholeByline(i) && !x.prose;
  };

  const continuesBlock = (k: number): boolean => {
    const line = lines[k] as Line;
    const c = line.text.charCodeAt(0);
    // With one paragraph per line (long lines, no blanks) a line is a block of its own. In wrapped
    // columns a line may open in lower case after `U. S.`; there only a blank line counts.
    const block = line.gap > 0 || ((lines[k - 1] as Line | undefined)?.text.length ?? 0) > 90;
    return block && c >= 0x61 && c <= 0x7a;
  };
  /** An English column line set flush under a body line that stops mid-sentence: more of that sentence. */
  const carriesOn = (k: number): boolean =>
    lang === 'en' && k > 0 && role[k - 1] === 'body' && !f(k - 1).complete && (lines[k] as Line).gap === 0;
  /** The last line of `d` when it is a short line ending on a colon, set off by blank lines above a title. */
  const colonKicker = (d: Draft, g: number): number => {
    const k = d.lines[d.lines.length - 1];
    if (k === undefined || k !== g - 1 || role[k] !== 'body') return -1;
    const line = lines[k] as Line;
    const x = f(k);
    if (lang !== 'zh' || line.gap === 0 || (lines[g] as Line).gap === 0 || x.n > 14 || x.han < 4) return -1;
    if (!/[：:]$/.test(line.text) || x.byline || x.mark > 0) return -1;
    const before = d.lines[d.lines.length - 2];
    return before === undefined ? (d.kind === 'fragment' ? k : -1) : f(before).complete ? k : -1;
  };
  const shortKicker = (k: number): boolean => {
    const x = f(k);
    return (
      x.titleable && x.han >= 2 && x.n <= 4 && x.mark === 0 && !looksLikeMasthead((lines[k] as Line).text)
    );
  };
  const open = (kind: Draft['kind'], cues: Cue[], confidence: number): Draft => {
    const d: Draft = {
      lines: [],
      kind,
      cues,
      confidence,
      page: st.page,
      jumpOut: null,
      jumpIn: st.pendingIn,
    };
    if (st.pendingIn) d.cues = [...cues, 'jump-marker'];
    st.pendingIn = null;
    drafts.push(d);
    st.cur = d;
    st.hasTitle = false;
    st.hasBody = false;
    return d;
  };
  const add = (d: Draft, i: number, r: LineRole): void => {
    d.lines.push(i);
    role[i] = r;
    if (r === 'title') st.hasTitle = true;
    if (r === 'body') st.hasBody = true;
  };
  const furniture = (i: number, l: string | null): void => {
    role[i] = 'furniture';
    label[i] = l;
    const p = l === 'page-header' ? pageOf((lines[i] as Line).text) : null;
    if (p !== null) {
      st.page = p;
      pages.add(p);
    }
    st.cur = null;
  };
  const lastLineComplete = (): boolean => {
    const d = st.cur;
    if (!d || d.lines.length === 0) return true;
    return f(d.lines[d.lines.length - 1] as number).complete;
  };

  /** List items (poems, weather boxes): a title, maybe an author, then one paragraph per line. */
  const listArticles = (a: number, e: number): void => {
    let start = a;
    let d: Draft | null = null;
    for (let k = a; k <= e; k++) {
      // A poem's date line closes it. (A name after a short line is no cue: `深圳 / 雷阵雨`.)
      const breakHere = k > start && f(k - 1).poemDate;
      if (!d || breakHere) {
        d = open('list', ['headline-shape'], 0.5);
        start = k;
        add(d, k, 'title');
      } else if (k === start + 1 && f(k).name && !WEATHER.test((lines[start] as Line).text)) {
        // An author under a poem's title; under `今日天气` it is a city.
        add(d, k, 'byline');
      } else {
        add(d, k, 'body');
      }
    }
  };

  /** Head-shaped lines that are not the title of what follows. */
  const leftovers = (a: number, e: number, beforeTitle: boolean): void => {
    if (a > e) return;
    const d = st.cur;
    if (d && !lastLineComplete() && d.kind !== 'list') {
      for (let k = a; k <= e; k++) add(d, k, 'body');
      return;
    }
    // A box closed by its bracketed source line (`（陕西省气象台9月3日16时发布）`) takes no more items.
    const closed =
      d !== null &&
      d.kind === 'list' &&
      isBracketNote((lines[d.lines[d.lines.length - 1] as number] as Line).text);
    if (d && d.kind === 'list' && !closed) {
      // More items of the poem or box above, up to a date line that closes it.
      while (a <= e) {
        add(d, a, 'body');
        a++;
        if (f(a - 1).poemDate) break;
      }
      if (a > e) return;
    }
    if (e - a + 1 >= 3) {
      listArticles(a, e);
      return;
    }
    for (let k = a; k <= e; k++) {
      const text = (lines[k] as Line).text;
      furniture(k, looksLikeMasthead(text) ? 'masthead' : beforeTitle || e === a ? 'column-name' : null);
    }
  };

  if (lang === 'en') capsDecks(lines, feats);

  let i = 0;
  while (i < n) {
    const x = f(i);
    // `in.` under `…before the winter rains set`: the last word of a wrapped sentence, not noise.
    if (
      x.furniture === 'noise' &&
      st.cur &&
      carriesOn(i) &&
      /^[a-z]{1,3}[.,;:!?]?$/.test((lines[i] as Line).text)
    ) {
      add(st.cur, i, 'body');
      i++;
      continue;
    }
    if (x.furniture) {
      furniture(i, x.furniture);
      i++;
      // A notice's heading alone (`■ 书店启事`): its text and signature, set flush under it up to
      // the next blank line, are the notice too.
      if (x.furniture === 'notice' && isNoticeHeading((lines[i - 1] as Line).text)) {
        let j = i;
        while (j < n && (lines[j] as Line).gap === 0) j++;
        if (j < n && j - i <= 3) for (; i < j; i++) furniture(i, 'notice');
      }
      continue;
    }
    // An ad's next line that reads like an ad too (`To-morrow at $15.00 and Up.`) is the same ad.
    if (i > 0 && label[i - 1] === 'ad' && (lines[i] as Line).gap === 0 && x.ad) {
      furniture(i, 'ad');
      i++;
      continue;
    }
    // `扫码关注新民晚报 / 获取更多本地资讯`: a prompt's second line goes with its first.
    if (
      i > 0 &&
      label[i - 1] === 'interface' &&
      /扫|掃|关注|關注/.test((lines[i - 1] as Line).text) &&
      PROMPT_REST.test((lines[i] as Line).text) &&
      (lines[i] as Line).gap === 0 &&
      !x.prose &&
      x.n <= 16
    ) {
      furniture(i, 'interface');
      i++;
      continue;
    }
    if (x.jump) {
      role[i] = 'jump';
      label[i] = 'jump';
      const target = pageOf((lines[i] as Line).text);
      if (x.jump === 'out') {
        const last = drafts[drafts.length - 1];
        if (last && !last.jumpOut) last.jumpOut = { line: i, page: target };
      } else {
        st.pendingIn = { line: i, page: target };
      }
      st.cur = null;
      i++;
      continue;
    }
    if (wholeByline(i)) {
      const d = st.cur;
      if (
        d &&
        ((st.hasTitle && !st.hasBody) ||
          (!st.hasBody && role[d.lines[d.lines.length - 1] as number] === 'byline'))
      ) {
        add(d, i, 'byline');
      } else {
        add(open('news', ['byline'], 0.7), i, 'byline');
      }
      i++;
      continue;
    }
    if (x.prose) {
      let d = st.cur;
      const agency = x.byline !== null && x.byline.kind !== 'wire';
      if (x.jumpHead > 0) {
        st.pendingIn = { line: i, page: pageOf((lines[i] as Line).text.slice(0, x.jumpHead)) };
        d = open('fragment', ['headless-fragment'], 0.6);
      } else if (!d) {
        if (x.mark > 0) d = open('brief', ['brief-marker'], 0.8);
        else if (x.byline) d = open('news', [x.byline.kind === 'wire' ? 'wire-dateline' : 'byline'], 0.7);
        else d = open('fragment', [drafts.length === 0 ? 'start-of-text' : 'headless-fragment'], 0.5);
      } else if (x.mark > 0 && (x.headlessMark || (d.kind === 'brief' && lastLineComplete()))) {
        // A marker opens the next brief; one broken by a column break has no credit on this line.
        d = open('brief', ['brief-marker'], 0.8);
      } else if (agency && st.hasBody && lastLineComplete()) {
        d = open('news', ['byline'], 0.7);
      } else if (
        lang === 'zh' &&
        st.hasBody &&
        lastLineComplete() &&
        CUT_WORD.test((lines[i] as Line).text)
      ) {
        // `溯、客流实时监测。`: no paragraph opens on one character and a comma; a word was cut here.
        d = open('fragment', ['headless-fragment'], 0.6);
      } else if (lang === 'en' && st.hasBody && lastLineComplete() && continuesBlock(i)) {
        // A block that opens in lower case after a finished paragraph carries on another article.
        d = open('fragment', ['headless-fragment'], 0.6);
      }
      add(d, i, 'body');
      if (x.jumpTail > 0) {
        d.jumpOut = { line: i, page: pageOf((lines[i] as Line).text.slice(-x.jumpTail)) };
        st.cur = null;
      }
      i++;
      continue;
    }
    // A wrapped column line that carries on an unfinished sentence (`before the opening of` /
    // `Congress.`) is text, however capitalised.
    if (st.cur && carriesOn(i) && !x.caps && !x.byline) {
      add(st.cur, i, 'body');
      i++;
      continue;
    }
    // A run of headline-shaped lines.
    let b = i;
    while (b + 1 < n && isHead(b + 1)) b++;
    const next = b + 1 < n ? b + 1 : -1;
    const nf = next >= 0 ? f(next) : null;
    // `（四川省气象台7月12日发布）` under a box of one token per line is the box's last line.
    const boxSource =
      lang === 'zh' &&
      b - i >= 2 &&
      nf !== null &&
      nf.byline === null &&
      isBracketNote((lines[next] as Line).text);
    const titled =
      nf !== null &&
      !nf.furniture &&
      !nf.jump &&
      !boxSource &&
      // A marked prose line (`●佛堂镇…`) opens a brief of its own: the line above is no title of it.
      (wholeByline(next) || (nf.prose && !nf.headlessMark && nf.mark === 0));
    if (!titled) {
      leftovers(i, b, false);
      i = b + 1;
      continue;
    }
    let end = b;
    let author = -1;
    if (b > i && f(b).name) {
      author = b;
      end = b - 1;
    }
    let g = -1;
    // A brief's marker opens the title; an ornament before an author's name (`◇ 刘 川`) does not.
    for (let k = i; k <= end; k++) if (f(k).mark > 0 && !f(k).name) g = k;
    if (g < 0 && !f(end).titleable) {
      // The last line before the prose cannot be a title (`照亮了奶奶的白发，`): no headline here.
      leftovers(i, b, false);
      i = b + 1;
      continue;
    }
    if (g < 0) {
      // The line over the prose is the headline whatever its length; a kicker or deck above it
      // must be strong (`英法蘇談判` over `進行順利`), or a column name would join the title.
      // Over a byline, a headline broken at its comma keeps the comma (`这个“村晚”，`).
      const signed = author >= 0 || wholeByline(next) || nf.byline !== null;
      const upper = (k: number): boolean =>
        (f(k).strong && f(k).titleable) ||
        // A one-word line of an English capital deck (`OPERATIVES`) set flush above the rest.
        (lang === 'en' &&
          f(k).caps &&
          f(k).titleable &&
          ((lines[k + 1] as Line).gap === 0 || (k > i && f(k - 1).caps && (lines[k] as Line).gap === 0))) ||
        (signed && f(k).han >= 4 && f(k).n <= 14 && /，$/.test((lines[k] as Line).text));
      let k = end - 1;
      while (k >= i && end - k < MAX_TITLE[lang] && upper(k)) k--;
      // A short kicker straight over a signed headline (`太行区`, `短評`) is part of the title.
      if (k === end - 1 && k >= i && signed && lang === 'zh' && shortKicker(k)) k--;
      g = k + 1;
      // An English headline opens with its capitals; Title Case above them is something else (an ad).
      if (lang === 'en') {
        let caps = g;
        while (caps <= end && !f(caps).caps) caps++;
        if (caps <= end) g = caps;
        // A deck in Title Case may stand a blank line below its capitals, but capitals after a
        // blank line start the headline afresh: what stands above them is another block. (Not
        // after a Title Case deck: CAPS / Title Case / CAPS is one headline of three decks.)
        // At the top of a page, under the masthead, nothing but the first headline stands there:
        // its capital decks may be a blank line apart (`CLYDE SHIPYARDS BUSY.` / `NEW CUNARD ORDER`).
        const top = i === 0 || (role[i - 1] === 'furniture' && PAGE_TOP.has(label[i - 1] ?? ''));
        for (let k = end; k > g; k--)
          if ((lines[k] as Line).gap > 0 && f(k).caps && f(k - 1).caps && !(top && k - 1 === g)) {
            g = k;
            break;
          }
      }
    }
    // `（图片）` over the photo's headline opens the item with it.
    const photo = g > i && f(g - 1).titleMark > 0 && !f(g - 1).titleable ? g - 1 : -1;
    leftovers(i, photo >= 0 ? photo - 1 : g - 1, true);
    // A kicker ending on a colon (`“五五购物节”首周：`) reads as prose and went to the article above.
    const prev = st.cur;
    const kicker =
      g === i && prev && (author >= 0 || wholeByline(next) || nf.byline !== null) ? colonKicker(prev, g) : -1;
    if (kicker >= 0 && prev) {
      prev.lines.pop();
      if (prev.lines.length === 0 && drafts[drafts.length - 1] === prev) drafts.pop();
    }
    const cues: Cue[] = ['headline-shape'];
    if (author >= 0 || wholeByline(next) || nf.byline)
      cues.push(nf.byline?.kind === 'wire' ? 'wire-dateline' : 'byline');
    else if (nf.dateline > 0) cues.push('dateline');
    if ((lines[g] as Line).gap > 0) cues.push('blank-gap');
    const conf =
      cues.includes('byline') || cues.includes('wire-dateline')
        ? 0.9
        : cues.includes('dateline')
          ? 0.85
          : 0.7;
    const d = open(f(g).mark > 0 ? 'brief' : 'news', cues, conf);
    if (kicker >= 0) add(d, kicker, 'title');
    if (photo >= 0) add(d, photo, 'title');
    for (let k = g; k <= end; k++) add(d, k, 'title');
    if (author >= 0) add(d, author, 'byline');
    i = b + 1;
  }
  return { drafts, role, label, pages };
}

/** Furniture that heads a page: what stands under it is the page's first headline. */
const PAGE_TOP = new Set(['page-header', 'masthead']);

/**
 * `WILSON ELECTED / BY LARGE VOTE / Democrats Sweep…`: a line in capitals that starts with BY, set
 * under a capital headline line and over more of the deck, is part of the headline, not a byline.
 */
function capsDecks(lines: Line[], feats: Features[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const x = feats[i] as Features;
    if (x.byline?.kind !== 'english' || !x.caps || (lines[i] as Line).gap > 0) continue;
    if ((lines[i] as Line).text.startsWith('(')) continue;
    const above = feats[i - 1] as Features;
    const below = feats[i + 1] as Features;
    if (!above.caps || above.prose || above.byline || above.furniture) continue;
    if (below.prose || below.byline || below.furniture || below.dateline > 0) continue;
    x.byline = null;
    x.titleable = true;
    x.strong = true;
  }
}
