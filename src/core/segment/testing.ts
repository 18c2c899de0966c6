import { deriveArticle } from '../derive.ts';
import type { Doc, Proposal } from '../model.ts';
import { isSpace, SourceText } from '../text.ts';
import { segment } from './index.ts';

/** What a reader sees of one proposed article: the text of its parts and its derived fields. */
export interface Summary {
  parts: string[];
  title: string;
  byline: string | null;
  reporters: string[];
  paragraphs: string[];
  flags: string[];
  cues: string[];
  linked: boolean;
}

export function summarise(
  text: string,
  proposal: Proposal = segment(text),
): { articles: Summary[]; unassigned: string[] } {
  const src = new SourceText(text);
  const articles = proposal.doc.articles.map((a) => {
    const d = deriveArticle(a, src);
    return {
      parts: a.parts.map((p) => src.slice(p.start, p.end)),
      title: [d.kicker ?? '', d.headline, ...d.subheadlines].join(''),
      byline: d.byline,
      reporters: d.reporters.map((r) => r.name),
      paragraphs: d.paragraphs,
      flags: d.flags,
      cues: a.boundary.cues,
      linked: a.parts.some((p) => p.link !== undefined),
    };
  });
  return { articles, unassigned: proposal.doc.unassigned.map((u) => src.slice(u.start, u.end)) };
}

/**
 * The document invariants: every non-space character in exactly one article part or unassigned
 * range, no overlaps, role spans inside their article and covering its non-space characters.
 * Returns the problems found (empty when all hold).
 */
export function invariantProblems(text: string, doc: Doc): string[] {
  const cps = Array.from(text);
  const owner = new Int32Array(cps.length).fill(-1);
  const problems: string[] = [];
  const claim = (start: number, end: number, who: number, what: string): void => {
    if (start < 0 || end > cps.length || start > end) problems.push(`${what}: bad span ${start}-${end}`);
    for (let i = Math.max(0, start); i < Math.min(end, cps.length); i++) {
      if (owner[i] !== -1) problems.push(`${what}: overlap at ${i}`);
      owner[i] = who;
    }
  };
  doc.articles.forEach((a, k) => {
    for (const p of a.parts) claim(p.start, p.end, k, a.id);
    const covered = new Uint8Array(cps.length);
    let prevEnd = -1;
    for (const r of a.roles) {
      if (r.start < prevEnd) problems.push(`${a.id}: roles overlap at ${r.start}`);
      prevEnd = r.end;
      if (!a.parts.some((p) => r.start >= p.start && r.end <= p.end))
        problems.push(`${a.id}: role outside parts`);
      for (let i = r.start; i < r.end; i++) covered[i] = 1;
    }
    for (const p of a.parts) {
      for (let i = p.start; i < p.end; i++) {
        if (!covered[i] && !isSpace(cps[i] as string)) problems.push(`${a.id}: no role at ${i}`);
      }
    }
    if (a.id !== `a${k + 1}`) problems.push(`article ${k} has id ${a.id}`);
  });
  for (const u of doc.unassigned) claim(u.start, u.end, doc.articles.length, 'unassigned');
  for (let i = 0; i < cps.length; i++) {
    if (owner[i] === -1 && !isSpace(cps[i] as string))
      problems.push(`character ${i} (${cps[i]}) belongs nowhere`);
  }
  return problems.slice(0, 20);
}
