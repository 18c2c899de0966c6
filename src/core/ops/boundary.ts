import type { Article, Doc, RoleSpan, Span } from '../model.ts';
import type { SourceText } from '../text.ts';
import { removeRange, rolesForRange } from './carve.ts';
import { fail, manualBoundary, ok } from './result.ts';
import type { OpResult } from './result.ts';
import { firstContent, hasContent, intersect, isOffset, overlaps, subtract, trimSpan } from './spans.ts';
import { dropEmpty, tidyArticle, tidyUnassigned } from './tidy.ts';

/**
 * Move the boundary before the article's first part to `toOffset` (a line start or mid-line).
 * Moving up takes the text from whoever owns it; moving down hands it to the owner of the span
 * just before the article, or to a new unassigned range when nothing precedes it.
 */
export function moveBoundary(doc: Doc, src: SourceText, articleId: string, toOffset: number): OpResult {
  const article = doc.articles.find((a) => a.id === articleId);
  if (!article) return fail('unknown-article', `No article ${String(articleId)}.`);
  if (!isOffset(src, toOffset))
    return fail('invalid-offset', `Offset ${String(toOffset)} is outside the text.`);
  const first = article.parts[0];
  if (!first) return fail('empties-article', `Article ${articleId} has no text.`);
  // Moving over whitespace only changes nothing anybody owns.
  const lo = Math.min(toOffset, first.start);
  const hi = Math.max(toOffset, first.start);
  if (!hasContent(src, lo, hi)) return ok(doc);
  return toOffset < first.start
    ? moveUp(doc, src, article, first, toOffset)
    : moveDown(doc, src, article, first, toOffset);
}

function moveUp(doc: Doc, src: SourceText, article: Article, first: Span, toOffset: number): OpResult {
  const range = { start: toOffset, end: first.start };
  for (const other of doc.articles) {
    if (other.id === article.id) continue;
    const head = other.parts[0];
    const c = head ? firstContent(src, head.start, head.end) : -1;
    if (c >= range.start && c < range.end) {
      return fail(
        'crosses-boundary',
        `Moving the boundary there would cross the start of article ${other.id}.`,
      );
    }
  }
  if (article.parts.slice(1).some((p) => overlaps(p, range))) {
    return fail(
      'crosses-boundary',
      `Moving the boundary there would cross a later part of article ${article.id}.`,
    );
  }
  const taken = rolesForRange(doc, src, range);
  const carved = removeRange(doc, src, range);
  const articles = carved.articles.map((a) =>
    a.id === article.id
      ? tidyArticle(
          {
            ...a,
            parts: [{ start: toOffset, end: first.end }, ...a.parts.slice(1)],
            roles: [...taken, ...a.roles],
            boundary: manualBoundary(a.boundary),
          },
          src,
        )
      : a,
  );
  return ok({ articles: dropEmpty(articles), unassigned: carved.unassigned });
}

type Owner = { kind: 'part'; articleId: string; partIndex: number } | { kind: 'unassigned'; index: number };

/** Whoever owns the span that ends closest before `offset`. */
function precedingOwner(doc: Doc, offset: number): Owner | null {
  let best: Owner | null = null;
  let bestEnd = -1;
  for (const a of doc.articles) {
    for (const [partIndex, p] of a.parts.entries()) {
      if (p.end <= offset && p.end > bestEnd) {
        bestEnd = p.end;
        best = { kind: 'part', articleId: a.id, partIndex };
      }
    }
  }
  for (const [index, u] of doc.unassigned.entries()) {
    if (u.end <= offset && u.end > bestEnd) {
      bestEnd = u.end;
      best = { kind: 'unassigned', index };
    }
  }
  return best;
}

function moveDown(doc: Doc, src: SourceText, article: Article, first: Span, toOffset: number): OpResult {
  const rest = toOffset < first.end ? trimSpan(src, { start: toOffset, end: first.end }) : null;
  if (!rest) {
    return article.parts.length === 1
      ? fail('empties-article', `Moving the boundary there would leave article ${article.id} empty.`)
      : fail(
          'crosses-boundary',
          `Moving the boundary there would empty the first part of article ${article.id}.`,
        );
  }
  const range = { start: first.start, end: toOffset };
  const moved: RoleSpan[] = article.roles.flatMap((r) => {
    const x = intersect(r, range);
    return x ? [{ ...x, role: r.role }] : [];
  });
  const owner = precedingOwner(doc, first.start);
  const shrunk: Article = {
    ...article,
    parts: [{ start: toOffset, end: first.end }, ...article.parts.slice(1)],
    roles: article.roles.flatMap((r) => subtract(r, range)),
    boundary: manualBoundary(article.boundary),
  };

  let articles = doc.articles.map((a) => (a.id === article.id ? shrunk : a));
  let unassigned = doc.unassigned;
  if (owner?.kind === 'part') {
    articles = articles.map((a) => {
      if (a.id !== owner.articleId) return a;
      const parts = a.parts.map((p, i) => (i === owner.partIndex ? { ...p, end: toOffset } : p));
      return { ...a, parts, roles: [...a.roles, ...moved] };
    });
  } else if (owner?.kind === 'unassigned') {
    unassigned = doc.unassigned.map((u, i) => (i === owner.index ? { ...u, end: toOffset } : u));
  } else {
    unassigned = [...doc.unassigned, { ...range, label: null }];
  }
  const touched = new Set([article.id, owner?.kind === 'part' ? owner.articleId : '']);
  articles = dropEmpty(articles.map((a) => (touched.has(a.id) ? tidyArticle(a, src) : a)));
  if (unassigned !== doc.unassigned) unassigned = tidyUnassigned(unassigned, src);
  return ok({ articles, unassigned });
}

/** An editor looked at the boundary and agrees with it. */
export function confirmBoundary(doc: Doc, articleId: string): OpResult {
  const article = doc.articles.find((a) => a.id === articleId);
  if (!article) return fail('unknown-article', `No article ${String(articleId)}.`);
  if (article.boundary.confirmed && article.boundary.confidence === 1) return ok(doc);
  const boundary = { ...article.boundary, cues: [...article.boundary.cues], confidence: 1, confirmed: true };
  return ok({ ...doc, articles: doc.articles.map((a) => (a.id === articleId ? { ...a, boundary } : a)) });
}
