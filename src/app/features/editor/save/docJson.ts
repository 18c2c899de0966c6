/**
 * A document as JSON, re-serialising only the articles that changed. Edits replace the articles they
 * touch and keep the others (documents are immutable), so the text of an unchanged article is kept
 * per article object. Writing a 1M-character issue's draft after every edit took one long task of
 * JSON.stringify; now an edit costs the changed articles plus joining strings.
 */
import type { Article, Doc } from '../../../../core/model.ts';

const articleText = new WeakMap<Article, string>();

export function articleJson(article: Article): string {
  let text = articleText.get(article);
  if (text === undefined) {
    text = JSON.stringify(article);
    articleText.set(article, text);
  }
  return text;
}

/** Parses to the same value as JSON.stringify(doc) (the articles key comes first). */
export function docJson(doc: Doc): string {
  const { articles, ...rest } = doc;
  const restJson = JSON.stringify(rest);
  const articlesJson = `"articles":[${articles.map(articleJson).join(',')}]`;
  return restJson === '{}' ? `{${articlesJson}}` : `{${articlesJson},${restJson.slice(1)}`;
}

const idsByDoc = new WeakMap<Doc, Map<string, Article>>();

function articlesById(doc: Doc): Map<string, Article> {
  let byId = idsByDoc.get(doc);
  if (!byId) {
    byId = new Map(doc.articles.map((a) => [a.id, a]));
    idsByDoc.set(doc, byId);
  }
  return byId;
}

/**
 * The `changes` of a save against `base` (the document of the If-Match revision), as JSON: an article
 * the edit left alone is the same object as in `base` and goes by its id; the others go whole.
 * `unassigned` goes only when it changed. A 300k-character issue's save shrinks from the whole
 * document to a few kilobytes, and the server re-checks only what changed.
 */
export function changesJson(doc: Doc, base: Doc): string {
  const byId = articlesById(base);
  const items = doc.articles.map((a) => (byId.get(a.id) === a ? JSON.stringify(a.id) : articleJson(a)));
  const unassigned =
    doc.unassigned === base.unassigned ? '' : `,"unassigned":${JSON.stringify(doc.unassigned)}`;
  return `{"articles":[${items.join(',')}]${unassigned}}`;
}
