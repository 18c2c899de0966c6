import type { Cue } from '../model.ts';
import type { Draft, LineRole } from './boundaries.ts';
import { isHan, isLower } from './chars.ts';
import type { Features, Lang } from './features.ts';
import type { Line } from './lines.ts';

/** A continuation seen between two drafts: `fragment` is the next part of the article headed by `from`. */
export interface DraftLink {
  from: Draft;
  fragment: Draft;
  confidence: number;
  cues: Cue[];
}

export interface Links {
  applied: DraftLink[];
  suggested: DraftLink[];
}

export interface LinkContext {
  lines: Line[];
  feats: Features[];
  role: LineRole[];
  lang: Lang;
  /** Pages the text holds; a jump to another page is not looked for here. */
  pages: Set<number>;
}
type Ctx = LinkContext;

/** Links at or above this confidence are applied; below it they are only suggested. */
export const APPLY_AT = 0.6;
/** Below this a possible link is not even suggested. */
const SUGGEST_AT = 0.55;
/** How far (in drafts) a headless fragment and a misplaced tail are looked for: same page or so. */
const FRAGMENT_WINDOW = 40;
const TAIL_WINDOW = 3;

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'will', 'been', 'which', 'their', 'they', 'said', 'would', 'there', 'about', 'after', 'when', 'more', 'than', 'into', 'also']);

type Bag = Set<number>;

/** Character bigrams of Han text, or lower-cased content words of English, as numeric keys. */
function bagOf(text: string, lang: Lang, into: Bag): void {
  if (lang === 'zh') {
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isHan(c)) {
        if (prev >= 0) into.add(prev * 65536 + c);
        prev = c;
      } else if (c > 0x20 && c !== 0x3000) {
        prev = -1;
      }
    }
    return;
  }
  let h = 0;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      h = (h * 31 + c) | 0;
      len++;
      continue;
    }
    if (len >= 4 && !(len <= 5 && STOP.has(text.slice(i - len, i).toLowerCase()))) into.add(h);
    h = 0;
    len = 0;
  }
}

/** Share of `a`'s keys that `b` also has. */
function overlap(a: Bag, b: Bag): number {
  if (a.size === 0) return 0;
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / a.size;
}

/** Bags of single lines and of whole drafts, computed once. */
class Bags {
  private readonly lineBags = new Map<number, Bag>();
  private readonly draftBags = new Map<Draft, Bag>();
  private readonly draftCounts = new Map<Draft, Map<number, number>>();
  constructor(private readonly ctx: Ctx) {}

  line(i: number): Bag {
    let b = this.lineBags.get(i);
    if (!b) {
      b = new Set();
      bagOf((this.ctx.lines[i] as Line).text, this.ctx.lang, b);
      this.lineBags.set(i, b);
    }
    return b;
  }

  draft(d: Draft): Bag {
    let b = this.draftBags.get(d);
    if (!b) {
      b = new Set();
      for (const i of d.lines) for (const x of this.line(i)) b.add(x);
      this.draftBags.set(d, b);
    }
    return b;
  }

  /** For each key, how many of the draft's lines hold it. */
  counts(d: Draft): Map<number, number> {
    let c = this.draftCounts.get(d);
    if (!c) {
      c = new Map();
      for (const i of d.lines) for (const x of this.line(i)) c.set(x, (c.get(x) ?? 0) + 1);
      this.draftCounts.set(d, c);
    }
    return c;
  }

  forget(d: Draft): void {
    this.draftBags.delete(d);
    this.draftCounts.delete(d);
  }
}

function lastBody(ctx: Ctx, d: Draft): number {
  for (let k = d.lines.length - 1; k >= 0; k--) {
    const i = d.lines[k] as number;
    if (ctx.role[i] === 'body') return i;
  }
  return -1;
}

function dangles(ctx: Ctx, d: Draft): boolean {
  if (d.kind === 'list') return false;
  const i = lastBody(ctx, d);
  return i >= 0 && !(ctx.feats[i] as Features).complete;
}

function startsLower(ctx: Ctx, d: Draft): boolean {
  const i = d.lines[0];
  return i !== undefined && isLower((ctx.lines[i] as Line).text.charCodeAt(0));
}

/**
 * A host article's last paragraphs that read like the cut article rather than like their host:
 * the mooncake article's `检的月饼…` printed after the blockchain article. Walking back from the
 * end, a paragraph joins the tail while it shares more of its words with the target than with
 * what precedes it in the host. Returns where the tail starts in `host.lines`, with its
 * similarity to the target and its lean towards it (similarity to target minus to the rest).
 */
function tailFor(ctx: Ctx, bags: Bags, host: Draft, target: Bag): { at: number; sim: number; lean: number } | null {
  const ls = host.lines;
  const firstBody = ls.findIndex((i) => ctx.role[i] === 'body');
  const lastLine = ls[ls.length - 1] as number;
  if (firstBody < 0 || ls.length - firstBody < 2 || ctx.role[lastLine] !== 'body') return null;
  if (!(ctx.feats[ls[ls.length - 2] as number] as Features).complete) return null;
  // How many host lines hold each key; `gone` counts those moved into the tail so far.
  const count = bags.counts(host);
  const gone = new Map<number, number>();
  const before = (x: number): number => (count.get(x) ?? 0) - (gone.get(x) ?? 0);
  const tail = new Set<number>();
  let at = ls.length;
  for (let k = ls.length - 1; k > firstBody; k--) {
    const i = ls[k] as number;
    if (ctx.role[i] !== 'body' || !(ctx.feats[ls[k - 1] as number] as Features).complete) break;
    const mine = bags.line(i);
    if (mine.size === 0) break;
    let toTarget = 0;
    let toBefore = 0;
    for (const x of mine) {
      if (target.has(x)) toTarget++;
      if (before(x) >= 2) toBefore++;
    }
    if (toTarget <= toBefore) break;
    for (const x of mine) {
      gone.set(x, (gone.get(x) ?? 0) + 1);
      tail.add(x);
    }
    at = k;
  }
  if (at === ls.length) return null;
  let toTarget = 0;
  let toRest = 0;
  for (const x of tail) {
    if (target.has(x)) toTarget++;
    if (before(x) > 0) toRest++;
  }
  const sim = toTarget / tail.size;
  return { at, sim, lean: sim - toRest / tail.size };
}

interface Pair {
  from: Draft;
  frag: Draft | null;
  host: Draft | null;
  at: number;
  conf: number;
  cues: Cue[];
}

/**
 * Pairs articles that stop (a jump marker, or a last paragraph cut mid-sentence) with the
 * fragments that continue them: jump markers by page number, then headless fragments and
 * misplaced tails by shared vocabulary. A tail that moves is split off its host (a new draft is
 * inserted into `drafts` after it).
 */
export function linkContinuations(drafts: Draft[], ctx: Ctx): Links {
  const applied: DraftLink[] = [];
  const suggested: DraftLink[] = [];
  const taken = new Set<Draft>();
  const end = new Map<Draft, Draft>(); // article head → its current last part
  const headOf = new Map<Draft, Draft>();
  const bags = new Bags(ctx);
  const link = (from: Draft, fragment: Draft, confidence: number, cues: Cue[]): void => {
    const head = headOf.get(from) ?? from;
    applied.push({ from: head, fragment, confidence, cues });
    taken.add(fragment);
    end.set(head, fragment);
    headOf.set(fragment, head);
  };

  // 1. Jump markers: `下转第2版` on page 1 pairs with `上接第1版` on page 2.
  const open: Draft[] = [];
  for (const frag of drafts) {
    if (frag.jumpIn) {
      const src = frag.jumpIn.page;
      let best = -1;
      let bestConf = 0;
      open.forEach((o, k) => {
        const target = o.jumpOut?.page ?? null;
        const toHere = target !== null && frag.page !== null ? target === frag.page : null;
        const fromThere = src !== null && o.page !== null ? src === o.page : null;
        if (toHere === false || fromThere === false) return;
        const conf = toHere && fromThere ? 0.95 : toHere || fromThere ? 0.9 : 0.75;
        if (conf > bestConf) {
          best = k;
          bestConf = conf;
        }
      });
      if (best >= 0) {
        link(open[best] as Draft, frag, bestConf, ['jump-marker']);
        open.splice(best, 1);
      }
    }
    if (frag.jumpOut) open.push(frag);
  }

  // 2. Articles cut mid-sentence take the fragment that shares most of their vocabulary. Every
  // (article, candidate) pair is scored once; the best pairs win, greedily. A second round lets
  // a fragment that is itself cut take a further fragment.
  for (let round = 0; round < 2; round++) {
    const index = new Map<Draft, number>(drafts.map((d, k) => [d, k]));
    const pairs: Pair[] = [];
    for (const d of drafts) {
      if (headOf.has(d) || (d.jumpIn && !taken.has(d))) continue;
      const last = end.get(d) ?? d;
      // A jump marker nobody answered, or a last paragraph cut mid-sentence.
      if (!last.jumpOut && !dangles(ctx, last)) continue;
      const away = last.jumpOut?.page;
      if (away !== undefined && away !== null && !ctx.pages.has(away)) continue;
      const k0 = index.get(last) as number;
      const target = bags.draft(d);
      for (let k = Math.max(0, k0 - FRAGMENT_WINDOW); k < Math.min(drafts.length, k0 + FRAGMENT_WINDOW); k++) {
        const c = drafts[k] as Draft;
        if (c === d || c === last || taken.has(c) || end.has(c) || headOf.has(c)) continue;
        if (c.kind === 'fragment' && !c.jumpIn) {
          const sim = overlap(bags.draft(c), target);
          let conf = 0.5 + Math.min(0.45, sim * 0.75);
          if (ctx.lang === 'en' && startsLower(ctx, c)) conf = Math.min(0.95, conf + 0.2);
          pairs.push({ from: d, frag: c, host: null, at: 0, conf, cues: ['headless-fragment', 'mid-sentence-end'] });
        } else if (Math.abs(k - k0) <= TAIL_WINDOW && c.kind !== 'list' && !dangles(ctx, c)) {
          const t = tailFor(ctx, bags, c, target);
          if (!t || t.lean <= 0.1) continue;
          const conf = Math.min(0.9, 0.35 + t.lean + t.sim * 0.3);
          pairs.push({ from: d, frag: null, host: c, at: t.at, conf, cues: ['headless-fragment', 'mid-sentence-end'] });
        }
      }
    }
    if (pairs.length === 0) break;
    pairs.sort((a, b) => b.conf - a.conf);
    const done = new Set<Draft>();
    const changed = new Set<Draft>();
    const splits = new Map<Draft, Draft>(); // host → the tail split off it, inserted after it
    for (const p of pairs) {
      if (done.has(p.from) || (p.frag && (taken.has(p.frag) || changed.has(p.frag)))) continue;
      if (p.host && changed.has(p.host)) continue;
      done.add(p.from);
      if (p.conf < APPLY_AT) {
        // Worth an editor's look only with some shared vocabulary.
        if (p.frag && p.conf >= SUGGEST_AT) suggested.push({ from: p.from, fragment: p.frag, confidence: p.conf, cues: p.cues });
        continue;
      }
      let frag = p.frag;
      if (!frag && p.host) {
        const host = p.host;
        frag = {
          lines: host.lines.slice(p.at),
          kind: 'fragment',
          cues: ['headless-fragment'],
          confidence: p.conf,
          page: host.page,
          jumpOut: host.jumpOut,
          jumpIn: null,
        };
        host.lines = host.lines.slice(0, p.at);
        host.jumpOut = null;
        bags.forget(host);
        changed.add(host);
        splits.set(host, frag);
      }
      if (frag) {
        changed.add(frag);
        link(p.from, frag, p.conf, p.cues);
      }
    }
    if (splits.size > 0) {
      const next: Draft[] = [];
      for (const d of drafts) {
        next.push(d);
        const tail = splits.get(d);
        if (tail) next.push(tail);
      }
      drafts.splice(0, drafts.length, ...next);
    }
  }
  return { applied, suggested };
}
