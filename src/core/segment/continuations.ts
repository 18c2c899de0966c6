import type { Cue } from '../model.ts';
import type { Draft, LineRole } from './boundaries.ts';
import { isHan, isLower } from './chars.ts';
import type { Features, Lang } from './features.ts';
import type { Line } from './lines.ts';
import type { Bag } from './vocabulary.ts';
import { Bags, has, overlap } from './vocabulary.ts';

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
const FRAGMENT_WINDOW = 20;
const TAIL_WINDOW = 2;
/** Words a misplaced tail must share with the cut article and not with its host. */
const MIN_ONLY_TARGET = 3;
/** A one-sentence paragraph this short (in visible characters) can only end a cut sentence. */
const SHORT_TAIL = 10;

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

/**
 * The text reads on across the cut: an English continuation starts in lower case or after a
 * hyphen; in Chinese the two characters either side of the cut form a word the articles use
 * (`…抽` + `检的月饼…` → 抽检).
 */
function joins(ctx: Ctx, cut: Draft, fragLine: number, target: Bag, fragBag: Bag): boolean {
  const endLine = lastBody(ctx, cut);
  if (endLine < 0) return false;
  const a = (ctx.lines[endLine] as Line).text;
  const line = ctx.lines[fragLine] as Line;
  const b = line.text.slice((ctx.feats[fragLine] as Features).jumpHead).trimStart();
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  if (isLower(first)) return true;
  if (last === 0x2d && isLower(b.charCodeAt(0))) return true;
  if (!isHan(last) || !isHan(first)) return false;
  const key = last * 65536 + first;
  return has(target, key) || has(fragBag, key);
}

/**
 * A host article's last paragraphs that read like the cut article rather than like their host:
 * the mooncake article's `检的月饼…` printed after the blockchain article. Walking back from the
 * end, a paragraph joins the tail while it shares more of its words with the target than with
 * what precedes it in the host. Returns where the tail starts in `host.lines`, with its
 * similarity to the target and its lean towards it (similarity to target minus to the rest).
 */
interface Tail {
  at: number;
  sim: number;
  lean: number;
  onlyTarget: number;
  onlyHost: number;
  /** The tail opens with the end of a sentence on its own (`漾的美景。`). */
  sentenceEnd: boolean;
}

function tailFor(ctx: Ctx, bags: Bags, host: Draft, target: Bag): Tail | null {
  const ls = host.lines;
  const firstBody = ls.findIndex((i) => ctx.role[i] === 'body');
  const lastLine = ls[ls.length - 1] as number;
  if (firstBody < 0 || ls.length - firstBody < 2 || ctx.role[lastLine] !== 'body') return null;
  if (!(ctx.feats[ls[ls.length - 2] as number] as Features).complete) return null;
  // Several hosts' lines are compared with the same cut article: look its keys up, don't walk them.
  const targetKeys = bags.keyIndex.index(target);
  // The host's own topic: its title and first paragraph (lines up to firstBody). A tail paragraph
  // that shares more with the cut article than with that is a candidate.
  let at = ls.length;
  for (let k = ls.length - 1; k > firstBody; k--) {
    const i = ls[k] as number;
    if (ctx.role[i] !== 'body' || !(ctx.feats[ls[k - 1] as number] as Features).complete) break;
    const mine = bags.line(i);
    const withTarget = targetKeys.common(mine);
    // Most neighbours share nothing with the cut article: no need to read the host's own topic.
    if (withTarget === 0) break;
    if (withTarget <= bags.topicShare(host, k, firstBody + 1)) break;
    at = k;
  }
  if (at === ls.length) return null;
  // The cut sentence's last words (`漾的美景。`) share no vocabulary, but a paragraph that short
  // in the middle of an article is the end of a sentence begun elsewhere.
  const before = ls[at - 1] as number;
  const sentenceEnd =
    at - 1 > firstBody &&
    ctx.role[before] === 'body' &&
    (ctx.feats[before] as Features).n <= SHORT_TAIL &&
    (ctx.feats[before] as Features).complete &&
    !/^[（(]/.test((ctx.lines[before] as Line).text) &&
    (ctx.feats[ls[at - 2] as number] as Features).complete;
  if (sentenceEnd) at--;
  // Several cut articles may ask about the same host: its tail and rest are read once.
  const tail = bags.tailOf(host, at);
  // The caller needs three words that go with the target only: fewer shared words cannot give them,
  // and the rest of the host need not be read.
  const shared = targetKeys.common(tail);
  if (shared < MIN_ONLY_TARGET) return null;
  const sim = shared / tail.length;
  const { held: inRest, count: withRest } = bags.restOf(host, at);
  // Words the tail shares with only one side: how many go with the target, how many with the host.
  let onlyTarget = 0;
  let onlyHost = 0;
  for (let k = 0; k < tail.length; k++) {
    const t = targetKeys.has(tail[k] as number);
    const h = inRest[k] === 1;
    if (t && !h) onlyTarget++;
    else if (h && !t) onlyHost++;
  }
  return { at, sim, lean: sim - withRest / tail.length, onlyTarget, onlyHost, sentenceEnd };
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
    const index = new Map<Draft, number>();
    for (let k = 0; k < drafts.length; k++) index.set(drafts[k] as Draft, k);
    const pairs: Pair[] = [];
    for (const d of drafts) {
      if (headOf.has(d) || (d.jumpIn && !taken.has(d))) continue;
      const last = end.get(d) ?? d;
      // A jump marker nobody answered, or a last paragraph cut mid-sentence.
      if (!last.jumpOut && !dangles(ctx, last)) continue;
      const away = last.jumpOut?.page;
      if (away !== undefined && away !== null && !ctx.pages.has(away)) continue;
      const k0 = index.get(last) as number;
      const target = bags.profile(d, end.get(d));
      for (
        let k = Math.max(0, k0 - FRAGMENT_WINDOW);
        k < Math.min(drafts.length, k0 + FRAGMENT_WINDOW);
        k++
      ) {
        const c = drafts[k] as Draft;
        if (c === d || c === last || taken.has(c) || end.has(c) || headOf.has(c)) continue;
        if (c.kind === 'fragment' && !c.jumpIn) {
          // A headless fragment after furniture or at the top of a page: likely a continuation.
          const fragBag = bags.draft(c);
          const sim = overlap(fragBag, target);
          const joined = joins(ctx, last, c.lines[0] as number, target, fragBag);
          const conf = Math.min(0.95, 0.5 + Math.min(0.3, sim * 0.75) + (joined ? 0.2 : 0));
          pairs.push({
            from: d,
            frag: c,
            host: null,
            at: 0,
            conf,
            cues: ['headless-fragment', 'mid-sentence-end'],
          });
        } else if (
          (Math.abs(k - k0) <= TAIL_WINDOW || (k > k0 && firstOnPage(drafts, k, last.page))) &&
          c.kind !== 'list' &&
          !dangles(ctx, c)
        ) {
          // The last paragraphs of another article: a misplaced continuation needs vocabulary
          // that goes with the cut article rather than its host, and ideally a word across the cut.
          const t = tailFor(ctx, bags, c, target);
          // A sentence end standing alone says as much as the vocabulary: a weaker lean will do.
          if (!t || t.onlyTarget < MIN_ONLY_TARGET || t.lean <= (t.sentenceEnd ? -0.05 : 0.05)) continue;
          const ratio = t.onlyTarget / (t.onlyTarget + t.onlyHost);
          const joined = joins(ctx, last, c.lines[t.at] as number, target, bags.tailOf(c, t.at));
          const conf =
            0.3 +
            0.3 * Math.min(1, Math.max(0, (ratio - 0.7) / 0.3)) +
            0.15 * Math.min(1, t.sim / 0.25) +
            (t.sentenceEnd ? 0.3 : joined ? 0.2 : 0);
          pairs.push({
            from: d,
            frag: null,
            host: c,
            at: t.at,
            conf,
            cues: ['headless-fragment', 'mid-sentence-end'],
          });
        }
      }
    }
    if (pairs.length === 0) break;
    boostOnlyPairs(pairs);
    pairs.sort((a, b) => b.conf - a.conf);
    const done = new Set<Draft>();
    const changed = new Set<Draft>();
    const splits = new Map<Draft, Draft>(); // host → the tail split off it, inserted after it
    for (const p of pairs) {
      // No cycles: an article that became a part, or a fragment that now heads parts, is settled.
      if (done.has(p.from) || headOf.has(p.from)) continue;
      if (p.frag && (taken.has(p.frag) || changed.has(p.frag) || end.has(p.frag) || done.has(p.frag)))
        continue;
      if (p.host && changed.has(p.host)) continue;
      done.add(p.from);
      if (p.conf < APPLY_AT) {
        // Worth an editor's look only with some shared vocabulary.
        if (p.frag && p.conf >= SUGGEST_AT)
          suggested.push({ from: p.from, fragment: p.frag, confidence: p.conf, cues: p.cues });
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

/** The first article of a later page than `page`: where a cut article's rest is printed, unmarked. */
function firstOnPage(drafts: Draft[], k: number, page: number | null): boolean {
  const c = drafts[k] as Draft;
  const prev = drafts[k - 1];
  return page !== null && c.page !== null && c.page !== page && (!prev || prev.page !== c.page);
}

/**
 * A fragment of a few words shares too little vocabulary to be matched by it (`更多補貼。`). When
 * one cut article and one headless fragment can only be each other's, that is evidence too.
 */
function boostOnlyPairs(pairs: Pair[]): void {
  const byFrom = new Map<Draft, number>();
  const byFrag = new Map<Draft, number>();
  for (const p of pairs) {
    if (!p.frag) continue;
    byFrom.set(p.from, (byFrom.get(p.from) ?? 0) + 1);
    byFrag.set(p.frag, (byFrag.get(p.frag) ?? 0) + 1);
  }
  for (const p of pairs)
    if (p.frag && byFrom.get(p.from) === 1 && byFrag.get(p.frag) === 1) p.conf = Math.min(0.95, p.conf + 0.1);
}
