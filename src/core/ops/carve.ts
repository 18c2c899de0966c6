/** Taking a range of text away from whoever owns it, and remembering what roles it had. */
import type { Article, Doc, Part, RoleSpan, Span } from '../model.ts';
import type { SourceText } from '../text.ts';
import { intersect, overlaps, splitLines, subtract, uncovered } from './spans.ts';
import { dropEmpty, tidyArticle, tidyUnassigned } from './tidy.ts';

function carveParts(parts: Part[], range: Span): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const pieces = subtract(p, range);
    // A part cut in two stays two consecutive parts; only the first piece keeps the part's link.
    pieces.forEach((piece, i) => {
      if (i > 0 && piece.link !== undefined) out.push({ start: piece.start, end: piece.end });
      else out.push(piece);
    });
  }
  return out;
}

/** The article without the range, tidied (possibly left with no parts). */
export function carveArticle(article: Article, src: SourceText, range: Span): Article {
  if (!article.parts.some((p) => overlaps(p, range))) return article;
  return tidyArticle(
    {
      ...article,
      parts: carveParts(article.parts, range),
      roles: article.roles.flatMap((r) => subtract(r, range)),
    },
    src,
  );
}

/**
 * The document with nobody owning [range): parts and unassigned ranges are cut around it, articles
 * left empty disappear, except `keep`, which the caller is about to give text to.
 */
export function removeRange(doc: Doc, src: SourceText, range: Span, keep?: string): Doc {
  const articles = doc.articles.map((a) => carveArticle(a, src, range));
  const unassigned = doc.unassigned.some((u) => overlaps(u, range))
    ? tidyUnassigned(
        doc.unassigned.flatMap((u) => subtract(u, range)),
        src,
      )
    : doc.unassigned;
  return {
    articles:
      keep === undefined ? dropEmpty(articles) : articles.filter((a) => a.id === keep || a.parts.length > 0),
    unassigned,
  };
}

/**
 * The roles the characters of [range) should have in the article they move into: their current
 * role where an article gave them one, 'body' (line by line) for text coming from unassigned
 * ranges or from nobody.
 */
export function rolesForRange(doc: Doc, src: SourceText, range: Span): RoleSpan[] {
  const out: RoleSpan[] = [];
  const owned: Span[] = [];
  for (const a of doc.articles) {
    if (!a.parts.some((p) => overlaps(p, range))) continue;
    for (const p of a.parts) {
      const x = intersect(p, range);
      if (x) owned.push(x);
    }
    for (const r of a.roles) {
      const x = intersect(r, range);
      if (x) out.push({ ...x, role: r.role });
    }
  }
  for (const gap of uncovered(range, owned)) {
    for (const line of splitLines(src, gap)) out.push({ ...line, role: 'body' });
  }
  return out;
}

export function replaceArticle(articles: Article[], id: string, next: Article): Article[] {
  return articles.map((a) => (a.id === id ? next : a));
}
