import type { Doc, Part, Span, UnassignedRange } from '../model.ts';
import type { SourceText } from '../text.ts';
import { removeRange, rolesForRange } from './carve.ts';
import { fail, ok } from './result.ts';
import type { OpResult } from './result.ts';
import { isRange, trimSpan } from './spans.ts';
import { dropEmpty, gapIsFree, tidyArticle } from './tidy.ts';

/**
 * Take `range` out of every article (splitting parts and roles; articles left empty disappear) and
 * make it page furniture, joined to a neighbouring unassigned range with the same label when only
 * whitespace lies between.
 */
export function markUnassigned(
  doc: Doc,
  src: SourceText,
  range: Span,
  label: string | null = null,
): OpResult {
  if (!isRange(src, range)) return fail('invalid-range', 'The range is empty or outside the text.');
  if (label !== null && typeof label !== 'string')
    return fail('invalid-value', 'A label is a string or null.');
  const t = trimSpan(src, { start: range.start, end: range.end });
  if (!t) return fail('empty-range', 'The range holds only whitespace.');
  const carved = removeRange(doc, src, t);
  return ok({ ...carved, unassigned: insertUnassigned(carved, src, { ...t, label }) });
}

function insertUnassigned(doc: Doc, src: SourceText, range: UnassignedRange): UnassignedRange[] {
  const list = doc.unassigned;
  let at = list.findIndex((u) => u.start >= range.end);
  if (at < 0) at = list.length;
  let merged = range;
  let from = at;
  let to = at;
  const before = list[at - 1];
  if (before && before.label === range.label && gapIsFree(doc, src, before.end, range.start)) {
    merged = { ...merged, start: before.start };
    from = at - 1;
  }
  const after = list[at];
  if (after && after.label === range.label && gapIsFree(doc, src, range.end, after.start)) {
    merged = { ...merged, end: after.end };
    to = at + 1;
  }
  return [...list.slice(0, from), merged, ...list.slice(to)];
}

/**
 * Give the text of `range` to the article (the inverse of markUnassigned): it leaves whoever owned
 * it and joins the article's part it touches, or becomes a new part placed by source position.
 * Characters keep the role they had in an article; others become 'body'.
 */
export function assignRange(doc: Doc, src: SourceText, range: Span, articleId: string): OpResult {
  if (!isRange(src, range)) return fail('invalid-range', 'The range is empty or outside the text.');
  if (!doc.articles.some((a) => a.id === articleId))
    return fail('unknown-article', `No article ${String(articleId)}.`);
  const t = trimSpan(src, { start: range.start, end: range.end });
  if (!t) return fail('empty-range', 'The range holds only whitespace.');
  const roles = rolesForRange(doc, src, t);
  const carved = removeRange(doc, src, t, articleId);
  const articles = carved.articles.map((a) => {
    if (a.id !== articleId) return a;
    return tidyArticle(
      { ...a, parts: joinPart(carved, src, a.parts, t), roles: [...a.roles, ...roles] },
      src,
    );
  });
  return ok({ ...carved, articles: dropEmpty(articles) });
}

function joinPart(doc: Doc, src: SourceText, parts: Part[], t: Span): Part[] {
  const before = parts.findIndex((p) => p.end <= t.start && gapIsFree(doc, src, p.end, t.start));
  const after = parts.findIndex((p) => p.start >= t.end && gapIsFree(doc, src, t.end, p.start));
  const out = [...parts];
  if (before >= 0 && after === before + 1) {
    out.splice(before, 2, { ...(parts[before] as Part), end: (parts[after] as Part).end });
  } else if (before >= 0) {
    out[before] = { ...(parts[before] as Part), end: t.end };
  } else if (after >= 0) {
    out[after] = { ...(parts[after] as Part), start: t.start };
  } else {
    // Reading order usually follows the source, so the new part goes after the part above it.
    let at = 0;
    let bestEnd = -1;
    parts.forEach((p, i) => {
      if (p.end <= t.start && p.end > bestEnd) {
        bestEnd = p.end;
        at = i + 1;
      }
    });
    out.splice(at, 0, { start: t.start, end: t.end });
  }
  return out;
}
