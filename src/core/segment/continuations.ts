import type { Cue } from '../model.ts';
import type { Draft, LineRole } from './boundaries.ts';
import { isHan, isLower } from './chars.ts';
import type { Features, Lang } from './features.ts';
import type { Line } from './lines.ts';

/** A continuation seen between two drafts: `fragment` is the next part of the article ending in `from`. */
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

/** Links at or above this confidence are applied; below it they are only suggested. */
export const APPLY_AT = 0.6;
/** Drafts further apart than this in reading order are not compared (keeps the pass linear). */
const WINDOW = 60;

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'will', 'been', 'which', 'their', 'they', 'said', 'would', 'there', 'about', 'after', 'when', 'more', 'than', 'into', 'also']);

type Bag = Set<number>;

/** Character bigrams of Han text, or lower-cased content words of English, as numeric keys. */
function bagOf(text: string, lang: Lang, into: Bag = new Set()): Bag {
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
    return into;
  }
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 4 || STOP.has(w)) continue;
    let h = 0;
    for (let k = 0; k < w.length; k++) h = (h * 31 + w.charCodeAt(k)) | 0;
    into.add(h);
  }
  return into;
}

/** Share of `a`'s keys that `b` also has. */
function overlap(a: Bag, b: Bag): number {
  if (a.size === 0) return 0;
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / a.size;
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

function bagOfLines(ctx: Ctx, ls: number[]): Bag {
  const bag: Bag = new Set();
  for (const i of ls) bagOf((ctx.lines[i] as Line).text, ctx.lang, bag);
  return bag;
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
  if (i === undefined) return false;
  return isLower((ctx.lines[i] as Line).text.charCodeAt(0));
}

/**
 * A host article's last paragraphs that read like the dangling article rather than their host:
 * the mooncake article's `检的月饼…` printed after the blockchain article. Returns the index in
 * `host.lines` where the tail starts, with its similarity to `target` and lean towards it.
 */
function tailFor(ctx: Ctx, host: Draft, target: Bag): { at: number; sim: number; lean: number } | null {
  const ls = host.lines;
  const firstBody = ls.findIndex((i) => ctx.role[i] === 'body');
  if (firstBody < 0) return null;
  let at = ls.length;
  for (let k = ls.length - 1; k > firstBody; k--) {
    const i = ls[k] as number;
    const prev = ls[k - 1] as number;
    if (ctx.role[i] !== 'body' || !(ctx.feats[prev] as Features).complete) break;
    const mine = bagOfLines(ctx, [i]);
    const before = bagOfLines(ctx, ls.slice(0, k));
    if (overlap(mine, target) <= overlap(mine, before)) break;
    at = k;
  }
  if (at === ls.length) return null;
  const tail = bagOfLines(ctx, ls.slice(at));
  const rest = bagOfLines(ctx, ls.slice(0, at));
  const sim = overlap(tail, target);
  return { at, sim, lean: sim - overlap(tail, rest) };
}

/**
 * Pairs articles that stop (a jump marker, or a last paragraph cut mid-sentence) with the
 * fragments that continue them: jump markers by page number, then headless fragments and
 * misplaced tails by shared vocabulary. Tails that move are split off their host (a new draft
 * is inserted into `drafts`).
 */
export function linkContinuations(drafts: Draft[], ctx: Ctx): Links {
  const applied: DraftLink[] = [];
  const suggested: DraftLink[] = [];
  const taken = new Set<Draft>();
  const end = new Map<Draft, Draft>(); // article head → its current last part
  const headOf = new Map<Draft, Draft>();
  const bags = new Map<Draft, Bag>();
  const bag = (d: Draft): Bag => {
    let b = bags.get(d);
    if (!b) bags.set(d, (b = bagOfLines(ctx, d.lines)));
    return b;
  };
  const link = (from: Draft, fragment: Draft, confidence: number, cues: Cue[]): void => {
    const head = headOf.get(from) ?? from;
    applied.push({ from: head, fragment, confidence, cues });
    taken.add(fragment);
    end.set(head, fragment);
    headOf.set(fragment, head);
  };

  // 1. Jump markers: `下转第2版` on page 1 pairs with `上接第1版` on page 2.
  const outs = drafts.filter((d) => d.jumpOut);
  for (const frag of drafts) {
    if (!frag.jumpIn) continue;
    const src = frag.jumpIn.page;
    let best: Draft | null = null;
    let bestConf = 0;
    for (const o of outs) {
      if (taken.has(o) || end.has(o) || drafts.indexOf(o) >= drafts.indexOf(frag)) continue;
      const target = o.jumpOut?.page ?? null;
      const toHere = target !== null && frag.page !== null ? target === frag.page : null;
      const fromThere = src !== null && o.page !== null ? src === o.page : null;
      if (toHere === false || fromThere === false) continue;
      const conf = toHere && fromThere ? 0.95 : toHere || fromThere ? 0.9 : 0.75;
      if (conf > bestConf) {
        best = o;
        bestConf = conf;
      }
    }
    if (best) link(best, frag, bestConf, ['jump-marker']);
  }

  // 2. Articles cut mid-sentence take the fragment that shares most of their vocabulary. Every
  // (article, candidate) pair is scored once; the best pairs win, greedily. Two rounds let a
  // fragment that is itself cut take a further fragment.
  for (let round = 0; round < 2; round++) {
    const index = new Map<Draft, number>(drafts.map((d, k) => [d, k]));
    const pairs: { from: Draft; frag: Draft | null; host: Draft | null; at: number; conf: number; cues: Cue[] }[] = [];
    for (const d of drafts) {
      if (headOf.has(d) || (d.jumpIn && !taken.has(d))) continue;
      const last = end.get(d) ?? d;
      // A jump marker nobody answered, or a last paragraph cut mid-sentence.
      if (!last.jumpOut && !dangles(ctx, last)) continue;
      const away = last.jumpOut?.page;
      if (away !== undefined && away !== null && !ctx.pages.has(away)) continue;
      const k0 = index.get(last) as number;
      for (let k = Math.max(0, k0 - WINDOW); k < Math.min(drafts.length, k0 + WINDOW); k++) {
        const c = drafts[k] as Draft;
        if (c === d || c === last || taken.has(c) || end.has(c) || headOf.has(c)) continue;
        if (c.kind === 'fragment' && !c.jumpIn) {
          const sim = overlap(bag(c), bag(d));
          let conf = 0.5 + Math.min(0.45, sim * 0.75);
          if (ctx.lang === 'en' && startsLower(ctx, c)) conf = Math.min(0.95, conf + 0.2);
          if (process.env.SEGDBG) console.error("frag", index.get(d), k, sim, conf);
          pairs.push({ from: d, frag: c, host: null, at: 0, conf, cues: ['headless-fragment', 'mid-sentence-end'] });
        } else if (c.kind !== 'list' && !dangles(ctx, c)) {
          const t = tailFor(ctx, c, bag(d));
          if (!t || t.lean <= 0.1) continue;
          const conf = Math.min(0.9, 0.35 + t.lean + t.sim * 0.3);
          if (process.env.SEGDBG) console.error("tail", index.get(d), k, t, conf);
          pairs.push({ from: d, frag: null, host: c, at: t.at, conf, cues: ['headless-fragment', 'mid-sentence-end'] });
        }
      }
    }
    pairs.sort((a, b) => b.conf - a.conf);
    const done = new Set<Draft>();
    const changed = new Set<Draft>();
    for (const p of pairs) {
      if (done.has(p.from) || (p.frag && (taken.has(p.frag) || changed.has(p.frag)))) continue;
      if (p.host && changed.has(p.host)) continue;
      done.add(p.from);
      if (p.conf < APPLY_AT) {
        if (p.frag) suggested.push({ from: p.from, fragment: p.frag, confidence: p.conf, cues: p.cues });
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
        bags.delete(host);
        changed.add(host);
        drafts.splice(drafts.indexOf(host) + 1, 0, frag);
      }
      if (frag) {
        changed.add(frag);
        link(p.from, frag, p.conf, p.cues);
      }
    }
  }
  return { applied, suggested };
}
