import { nextArticleId } from '../ids.ts';
import type { Article, Doc, Part } from '../model.ts';
import type { SourceText } from '../text.ts';
import { fail, manualBoundary, manualLink, ok } from './result.ts';
import type { OpResult } from './result.ts';
import { dropEmpty, tidyArticle } from './tidy.ts';

export interface PartRef {
  articleId: string;
  partIndex: number;
}

function partOf(doc: Doc, ref: PartRef): { article: Article; part: Part } | OpResult {
  const article = doc.articles.find((a) => a.id === ref.articleId);
  if (!article) return fail('unknown-article', `No article ${String(ref.articleId)}.`);
  const part = Number.isInteger(ref.partIndex) ? article.parts[ref.partIndex] : undefined;
  if (!part) return fail('unknown-part', `Article ${article.id} has no part ${String(ref.partIndex)}.`);
  return { article, part };
}

/**
 * Move a part (typically the only part of a headless fragment) to the end of the target article's
 * parts as a continuation. An article left without parts disappears.
 */
export function linkContinuation(doc: Doc, src: SourceText, ref: PartRef, targetArticleId: string): OpResult {
  const found = partOf(doc, ref);
  if ('ok' in found) return found;
  const { article, part } = found;
  const target = doc.articles.find((a) => a.id === targetArticleId);
  if (!target) return fail('unknown-article', `No article ${String(targetArticleId)}.`);
  if (target.id === article.id) return fail('same-article', 'A part cannot continue its own article.');
  const source = tidyArticle({ ...article, parts: article.parts.filter((p) => p !== part) }, src);
  const linked = tidyArticle(
    {
      ...target,
      parts: [...target.parts, { start: part.start, end: part.end, link: manualLink() }],
      // Clipping to the target's parts keeps exactly the moved part's roles.
      roles: [...target.roles, ...article.roles],
    },
    src,
  );
  const articles = doc.articles.map((a) => (a.id === target.id ? linked : a.id === article.id ? source : a));
  return ok({ ...doc, articles: dropEmpty(articles) });
}

/** Make a continuation part (not the first) its own article again, right after the one it left. */
export function unlink(doc: Doc, src: SourceText, articleId: string, partIndex: number): OpResult {
  const found = partOf(doc, { articleId, partIndex });
  if ('ok' in found) return found;
  const { article, part } = found;
  if (partIndex === 0) return fail('first-part', 'The first part of an article is not a continuation.');
  const rest = tidyArticle({ ...article, parts: article.parts.filter((p) => p !== part) }, src);
  const fragment = tidyArticle(
    {
      id: nextArticleId(doc),
      parts: [{ start: part.start, end: part.end }],
      roles: article.roles,
      boundary: manualBoundary(),
      fields: {},
    },
    src,
  );
  const articles = doc.articles.flatMap((a) => (a.id === article.id ? [rest, fragment] : [a]));
  return ok({ ...doc, articles: dropEmpty(articles) });
}
