/**
 * A document as JSON, re-serialising only the articles that changed. Edits replace the articles they
 * touch and keep the others (documents are immutable), so the text of an unchanged article is kept
 * per article object. Writing a 1M-character issue's draft after every edit took one long task of
 * JSON.stringify; now an edit costs the changed articles plus joining strings.
 */
import type { Article, Doc } from '../../../../core/model.ts';

const articleText = new WeakMap<Article, string>();

function articleJson(article: Article): string {
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
