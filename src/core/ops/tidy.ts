/**
 * Bring an article an operation touched back to its canonical shape: parts trimmed of surrounding
 * whitespace (whitespace-only parts dropped, the first part carrying no link), roles clipped to the
 * parts, trimmed, sorted, and touching spans of the same role within one part joined.
 */
import type { Article, Doc, Part, RoleSpan, Span, UnassignedRange } from '../model.ts';
import type { SourceText } from '../text.ts';
import { intersect, overlaps, trimSpan } from './spans.ts';

function withoutLink(p: Part): Part {
  if (p.link === undefined) return p;
  return { start: p.start, end: p.end };
}

/** May return an article with no parts; `dropEmpty` removes those. */
export function tidyArticle(article: Article, src: SourceText): Article {
  const parts: Part[] = [];
  for (const p of article.parts) {
    const t = trimSpan(src, p);
    if (t) parts.push(parts.length === 0 ? withoutLink(t) : t);
  }
  return { ...article, parts, roles: clipRoles(article.roles, parts, src) };
}

function clipRoles(roles: RoleSpan[], parts: Span[], src: SourceText): RoleSpan[] {
  const pieces: { role: RoleSpan; part: number }[] = [];
  for (const r of roles) {
    parts.forEach((p, i) => {
      if (!overlaps(r, p)) return;
      const x = intersect(r, p);
      const t = x && trimSpan(src, x);
      if (t) pieces.push({ role: { start: t.start, end: t.end, role: r.role }, part: i });
    });
  }
  pieces.sort((a, b) => a.role.start - b.role.start || a.role.end - b.role.end);
  const out: RoleSpan[] = [];
  let lastPart = -1;
  for (const { role, part } of pieces) {
    const last = out[out.length - 1];
    if (last && part === lastPart && last.role === role.role && last.end === role.start) {
      out[out.length - 1] = { ...last, end: role.end };
    } else {
      out.push(role);
    }
    lastPart = part;
  }
  return out;
}

export function dropEmpty(articles: Article[]): Article[] {
  return articles.filter((a) => a.parts.length > 0);
}

export function tidyUnassigned(ranges: UnassignedRange[], src: SourceText): UnassignedRange[] {
  const out: UnassignedRange[] = [];
  for (const r of ranges) {
    const t = trimSpan(src, r);
    if (t) out.push(t);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Nothing but whitespace in [start, end) and no span of the document reaching into it. */
export function gapIsFree(doc: Doc, src: SourceText, start: number, end: number): boolean {
  if (start >= end) return start === end;
  const gap = { start, end };
  if (trimSpan(src, gap)) return false;
  for (const a of doc.articles) for (const p of a.parts) if (overlaps(p, gap)) return false;
  for (const u of doc.unassigned) if (overlaps(u, gap)) return false;
  return true;
}
