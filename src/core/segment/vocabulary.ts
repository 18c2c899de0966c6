import type { Draft } from './boundaries.ts';
import { isHan } from './chars.ts';
import type { Lang } from './features.ts';
import { KeyIndex } from './key-index.ts';
import type { Line } from './lines.ts';

/**
 * Vocabulary of lines and articles, to tell which article a fragment goes with: Han character
 * bigrams, or English content words, as sorted arrays of numeric keys (cheap to build, merge and
 * intersect, and easy on the garbage collector).
 */

/** English words too common to say what an article is about. */
const STOP = new Set(
  'that this with from have were will been which their they said would there about after when more than into also'.split(
    ' ',
  ),
);

/** A set of word keys, sorted and without repeats: cheap to build, merge and intersect. */
export type Bag = Uint32Array;

/** At most this many keys per line: enough to tell topics apart, and bounded work. */
const LINE_KEYS = 64;
const EMPTY: Bag = new Uint32Array(0);

/** Keys of the line being read: at most LINE_KEYS, so one buffer serves every line. */
const scratch = new Uint32Array(LINE_KEYS);

/** The first `n` keys of `scratch` as a bag: sorted in place, so only the result is allocated. */
function sortedBag(n: number): Bag {
  if (n === 0) return EMPTY;
  const a = scratch.subarray(0, n).sort();
  let w = 1;
  for (let r = 1; r < n; r++) if (a[r] !== a[w - 1]) a[w++] = a[r] as number;
  return a.slice(0, w);
}

/**
 * Character bigrams of Han text, or lower-cased content words of English, as numeric keys: the
 * line's first LINE_KEYS of them, unsorted and possibly repeated, into `scratch`. Returns how many.
 */
function scanKeys(text: string, lang: Lang): number {
  let n = 0;
  if (lang === 'zh') {
    let prev = -1;
    for (let i = 0; i < text.length && n < LINE_KEYS; i++) {
      const c = text.charCodeAt(i);
      if (isHan(c)) {
        if (prev >= 0) scratch[n++] = prev * 65536 + c;
        prev = c;
      } else if (c > 0x20 && c !== 0x3000) {
        prev = -1;
      }
    }
    return n;
  }
  let h = 0;
  let len = 0;
  for (let i = 0; i <= text.length && n < LINE_KEYS; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      h = (h * 31 + c) | 0;
      len++;
      continue;
    }
    if (len >= 4 && !(len <= 5 && STOP.has(text.slice(i - len, i).toLowerCase()))) scratch[n++] = h >>> 0;
    h = 0;
    len = 0;
  }
  return n;
}

/** The keys of a line as a bag. */
function bagOf(text: string, lang: Lang): Bag {
  return sortedBag(scanKeys(text, lang));
}

/** How many keys two bags share. */
export function common(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      k++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return k;
}

/** Share of `a`'s keys that `b` also has. */
export function overlap(a: Bag, b: Bag): number {
  return a.length === 0 ? 0 : common(a, b) / a.length;
}

/** Writes the keys of `a[0..aLen)` and `b`, sorted and without repeats, to `out`; returns how many. */
function mergeInto(a: Uint32Array, aLen: number, b: Bag, out: Uint32Array): number {
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < aLen && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      out[w++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[w++] = y;
      j++;
    }
  }
  while (i < aLen) out[w++] = a[i++] as number;
  while (j < b.length) out[w++] = b[j++] as number;
  return w;
}

/** The keys of two bags, sorted and without repeats. */
function merge(a: Bag, b: Bag): Bag {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  return out.subarray(0, mergeInto(a, a.length, b, out));
}

/** Two buffers the bags of a few lines are merged through, so only the result is allocated. */
let front = new Uint32Array(1024);
let back = new Uint32Array(1024);
/** Up to this many bags are merged one after another through the buffers; more go pairwise. */
const FOLD_BAGS = 8;

/** The keys of all the bags, sorted and without repeats. */
function union(bags: Bag[]): Bag {
  if (bags.length === 0) return EMPTY;
  if (bags.length === 1) return bags[0] as Bag;
  if (bags.length > FOLD_BAGS) {
    // Merge sort's passes: each key is copied about log2(bags) times.
    const next: Bag[] = [];
    for (let k = 0; k + 1 < bags.length; k += 2) next.push(merge(bags[k] as Bag, bags[k + 1] as Bag));
    if (bags.length % 2 === 1) next.push(bags[bags.length - 1] as Bag);
    return union(next);
  }
  let total = 0;
  for (const b of bags) total += b.length;
  if (total > front.length) {
    front = new Uint32Array(total * 2);
    back = new Uint32Array(total * 2);
  }
  let acc = bags[0] as Uint32Array;
  let n = acc.length;
  let out = front;
  for (let k = 1; k < bags.length; k++) {
    n = mergeInto(acc, n, bags[k] as Bag, out);
    acc = out;
    out = out === front ? back : front;
  }
  return acc.slice(0, n);
}

/** Reading a line's keys off its text costs about a third of building its bag. */
const READS_BEFORE_BAG = 2;

/** Which keys of a host's tail the rest of the host has (flags by position), and how many. */
export interface HostRest {
  held: Uint8Array;
  count: number;
}

/** What the continuation search learns about a draft as a host, by position in its lines. */
interface HostMemo {
  topic: Map<number, number>;
  tails: Map<number, Bag>;
  rests: Map<number, HostRest>;
}

/** Bags of single lines and of whole drafts, computed once. */
export class Bags {
  private readonly lineBags = new Map<number, Bag>();
  private readonly draftBags = new Map<Draft, Bag>();
  private readonly profiles = new Map<Draft, Bag>();
  private readonly hosts = new Map<Draft, HostMemo>();
  /** An index of the cut article's keys the hosts around it are compared with. */
  readonly keyIndex = new KeyIndex();
  /** An index of the keys `mark` looks lines up in. */
  private readonly lineKeys = new KeyIndex();
  /** How often `mark` read each line. */
  private readonly reads: Uint8Array;
  constructor(private readonly ctx: { lines: Line[]; lang: Lang }) {
    this.reads = new Uint8Array(ctx.lines.length);
  }

  line(i: number): Bag {
    let b = this.lineBags.get(i);
    if (!b) {
      b = bagOf((this.ctx.lines[i] as Line).text, this.ctx.lang);
      this.lineBags.set(i, b);
    }
    return b;
  }

  lines(ls: number[]): Bag {
    return union(ls.map((i) => this.line(i)));
  }

  draft(d: Draft): Bag {
    let b = this.draftBags.get(d);
    if (!b) {
      b = this.lines(d.lines);
      this.draftBags.set(d, b);
    }
    return b;
  }

  /**
   * What a cut article is about, bounded: its title and first lines, and the last lines before
   * the cut (of its last part, when it already has several).
   */
  profile(d: Draft, last: Draft | undefined): Bag {
    const key = last ?? d;
    let b = this.profiles.get(key);
    if (!b) {
      const tail = (last ?? d).lines.slice(-2);
      b = this.lines([...d.lines.slice(0, 4), ...tail]);
      this.profiles.set(key, b);
    }
    return b;
  }

  /**
   * Which keys of `keys` some line `ls[from..to)` also has: flags by position in `keys`. Neither
   * the union of those lines nor the bags of lines not yet read are built: a line's keys are
   * looked up in an index of `keys` as they are read from its text.
   */
  held(keys: Bag, ls: number[], from: number, to: number): Uint8Array {
    const out = new Uint8Array(keys.length);
    this.mark(keys, ls, from, to, out);
    return out;
  }

  /** How many keys of `keys` some line `ls[from..to)` also has: `common` with their union. */
  heldCount(keys: Bag, ls: number[], from: number, to: number): number {
    return this.mark(keys, ls, from, to, new Uint8Array(keys.length));
  }

  private mark(keys: Bag, ls: number[], from: number, to: number, out: Uint8Array): number {
    let marked = 0;
    let indexed = false;
    for (let k = from; k < to && marked < keys.length; k++) {
      const line = ls[k] as number;
      // A line read again and again (a host's title, by every neighbour's tail) earns its bag.
      const reads = ++this.reads[line]!;
      const b = reads > READS_BEFORE_BAG ? this.line(line) : this.lineBags.get(line);
      if (!b) {
        if (!indexed) {
          this.lineKeys.index(keys);
          indexed = true;
        }
        const n = scanKeys((this.ctx.lines[line] as Line).text, this.ctx.lang);
        for (let r = 0; r < n; r++) {
          const p = this.lineKeys.find(scratch[r] as number);
          if (p >= 0 && out[p] === 0) {
            out[p] = 1;
            marked++;
          }
        }
        continue;
      }
      let i = 0;
      let j = 0;
      while (i < keys.length && j < b.length) {
        const x = keys[i] as number;
        const y = b[j] as number;
        if (x === y) {
          if (out[i] === 0) {
            out[i] = 1;
            marked++;
          }
          i++;
          j++;
        } else if (x < y) i++;
        else j++;
      }
    }
    return marked;
  }

  /**
   * How many keys of the line at `d.lines[k]` the draft's first `upTo` lines (its topic) have.
   * Each cut article nearby asks about the same host lines: answered once per draft. `upTo`
   * follows from the draft's lines, which do not change until it is forgotten.
   */
  topicShare(d: Draft, k: number, upTo: number): number {
    const memo = this.host(d);
    let n = memo.topic.get(k);
    if (n === undefined) {
      n = this.heldCount(this.line(d.lines[k] as number), d.lines, 0, upTo);
      memo.topic.set(k, n);
    }
    return n;
  }

  /** The bag of `d.lines[at..]`: a host's tail, as one cut article after another sees it. */
  tailOf(d: Draft, at: number): Bag {
    const memo = this.host(d);
    let b = memo.tails.get(at);
    if (!b) {
      b = this.lines(d.lines.slice(at));
      memo.tails.set(at, b);
    }
    return b;
  }

  /** Which keys of `tailOf(d, at)` the lines before `at` also have, by position, and how many. */
  restOf(d: Draft, at: number): HostRest {
    const memo = this.host(d);
    let r = memo.rests.get(at);
    if (!r) {
      const held = this.held(this.tailOf(d, at), d.lines, 0, at);
      let count = 0;
      for (let k = 0; k < held.length; k++) count += held[k] as number;
      r = { held, count };
      memo.rests.set(at, r);
    }
    return r;
  }

  private host(d: Draft): HostMemo {
    let memo = this.hosts.get(d);
    if (!memo) {
      memo = { topic: new Map(), tails: new Map(), rests: new Map() };
      this.hosts.set(d, memo);
    }
    return memo;
  }

  forget(d: Draft): void {
    this.draftBags.delete(d);
    this.profiles.delete(d);
    this.hosts.delete(d);
  }
}

/** Whether the bag holds the key (binary search). */
export function has(bag: Bag, x: number): boolean {
  let lo = 0;
  let hi = bag.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bag[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < bag.length && bag[lo] === x;
}
