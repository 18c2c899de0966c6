import { nextArticleId } from '../ids.ts';
import type { Article, Doc, Part } from '../model.ts';
import type { SourceText } from '../text.ts';
import { fail, manualBoundary, manualLink, ok } from './result.ts';
import type { OpResult } from './result.ts';
import { isOffset, trimSpan } from './spans.ts';
import { dropEmpty, gapIsFree, tidyArticle } from './tidy.ts';

function findPart(doc: Doc, offset: number): { index: number; part: number } | null {
  // A part's start belongs to it; its end only when no part starts there.
  for (const inclusiveEnd of [false, true]) {
    for (const [index, a] of doc.articles.entries()) {
      for (const [part, p] of a.parts.entries()) {
        if (inclusiveEnd ? p.start < offset && offset <= p.end : p.start <= offset && offset < p.end) {
          return { index, part };
        }
      }
    }
  }
  return null;
}

/**
 * Split the article containing `offset` there: the text from `offset` on (the rest of that part and
 * every later part) becomes a new article right after it in reading order.
 */
export function splitAt(doc: Doc, src: SourceText, offset: number): OpResult {
  if (!isOffset(src, offset)) return fail('invalid-offset', `Offset ${String(offset)} is outside the text.`);
  const found = findPart(doc, offset);
  if (!found) return fail('not-in-article', 'There is no article at that place.');
  const article = doc.articles[found.index] as Article;
  const p = article.parts[found.part] as Part;
  const left = [...article.parts.slice(0, found.part), trimSpan(src, { ...p, end: offset })].filter(
    (x): x is Part => x !== null,
  );
  const right = [trimSpan(src, { start: offset, end: p.end }), ...article.parts.slice(found.part + 1)].filter(
    (x): x is Part => x !== null,
  );
  const head = tidyArticle({ ...article, parts: left }, src);
  const tail = tidyArticle(
    { id: nextArticleId(doc), parts: right, roles: article.roles, boundary: manualBoundary(), fields: {} },
    src,
  );
  if (head.parts.length === 0) return fail('already-boundary', `Article ${article.id} already starts there.`);
  if (tail.parts.length === 0)
    return fail('empties-article', `Nothing of article ${article.id} follows that place.`);
  const articles = [...doc.articles];
  articles.splice(found.index, 1, head, tail);
  return ok({ ...doc, articles });
}

/**
 * Join the article to the one before it in reading order. Its first part is appended to the
 * previous article's parts, or merged into the last one when nothing but whitespace lies between.
 * The previous article's boundary and field overrides are kept.
 */
export function mergeWithPrevious(doc: Doc, src: SourceText, articleId: string): OpResult {
  const index = doc.articles.findIndex((a) => a.id === articleId);
  if (index < 0) return fail('unknown-article', `No article ${String(articleId)}.`);
  if (index === 0) return fail('no-previous-article', `Article ${articleId} is the first one.`);
  const prev = doc.articles[index - 1] as Article;
  const article = doc.articles[index] as Article;
  const last = prev.parts[prev.parts.length - 1];
  const [first, ...later] = article.parts;
  if (!last || !first) return fail('empties-article', 'An article without text cannot be merged.');
  const contiguous = last.end <= first.start && gapIsFree(doc, src, last.end, first.start);
  const parts: Part[] = contiguous
    ? [...prev.parts.slice(0, -1), { ...last, end: first.end }, ...later]
    : [...prev.parts, { start: first.start, end: first.end, link: manualLink() }, ...later];
  const merged = tidyArticle({ ...prev, parts, roles: [...prev.roles, ...article.roles] }, src);
  const articles = [...doc.articles];
  articles.splice(index - 1, 2, merged);
  return ok({ ...doc, articles: dropEmpty(articles) });
}
