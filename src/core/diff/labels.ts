/** One document as typed arrays over the non-whitespace characters: no object per character. */
import { ROLES } from '../model.ts';
import type { Doc, Role } from '../model.ts';
import { nsRange } from './sequence.ts';
import type { NonSpaceIndex } from './sequence.ts';

/** Label of characters no article owns (unassigned or not covered at all). */
export const NONE = -1;

export interface PartStart {
  /** Index of the part's first non-whitespace character. */
  ns: number;
  article: number;
  part: number;
  /** The article's first part holding any non-whitespace: where a reader meets it. */
  head: boolean;
}

export interface DocLabels {
  /** Index (reading order) of the article owning each character, or NONE. */
  owner: Int32Array;
  /** Like `owner`, but only for characters of each article's head part (its first with content). */
  head: Int32Array;
  /** 1 + index in ROLES of each character's role; 0 where it has none. */
  role: Uint8Array;
  /** linkedBefore[i] = characters in [0, i) that lie in a linked continuation part (not the first). */
  linkedBefore: Int32Array;
  /** The first character of every part holding any, ascending. */
  partStarts: PartStart[];
}

export function roleAt(code: number): Role | null {
  return code === 0 ? null : (ROLES[code - 1] ?? null);
}

export function docLabels(doc: Doc, ns: NonSpaceIndex): DocLabels {
  const n = ns.count;
  const owner = new Int32Array(n).fill(NONE);
  const head = new Int32Array(n).fill(NONE);
  const role = new Uint8Array(n);
  const linked = new Uint8Array(n);
  const partStarts: PartStart[] = [];
  doc.articles.forEach((a, k) => {
    let seen = false;
    a.parts.forEach((p, j) => {
      const [from, to] = nsRange(ns, p.start, p.end);
      if (from >= to) return;
      owner.fill(k, from, to);
      if (!seen) head.fill(k, from, to);
      else if (p.link) linked.fill(1, from, to);
      partStarts.push({ ns: from, article: k, part: j, head: !seen });
      seen = true;
    });
    for (const r of a.roles) {
      const [from, to] = nsRange(ns, r.start, r.end);
      role.fill(ROLES.indexOf(r.role) + 1, from, to);
    }
  });
  const linkedBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) linkedBefore[i + 1] = (linkedBefore[i] as number) + (linked[i] as number);
  partStarts.sort((x, y) => x.ns - y.ns);
  return { owner, head, role, linkedBefore, partStarts };
}

/** Whether every character of [from, to) lies in a linked continuation part. */
export function allLinked(labels: DocLabels, from: number, to: number): boolean {
  return (labels.linkedBefore[to] as number) - (labels.linkedBefore[from] as number) === to - from;
}

/** Non-whitespace index of each article's first character (of its head part), or -1. */
export function headStarts(labels: DocLabels, articles: number): Int32Array {
  const out = new Int32Array(articles).fill(-1);
  for (const s of labels.partStarts) if (s.head) out[s.article] = s.ns;
  return out;
}
