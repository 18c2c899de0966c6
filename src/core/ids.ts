import type { Doc } from './model.ts';

const ID_RE = /^a(\d+)$/;

/**
 * The id for a new article: one above the highest `a<N>` in the document. Ids of deleted articles
 * are not reused while a higher one exists, so an id in an undo entry or a review comment keeps
 * naming the article it named.
 */
export function nextArticleId(doc: Doc): string {
  let max = 0;
  for (const a of doc.articles) {
    const m = ID_RE.exec(a.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `a${max + 1}`;
}

/** `count` fresh ids in ascending order, for operations that create several articles at once. */
export function nextArticleIds(doc: Doc, count: number): string[] {
  const first = Number(nextArticleId(doc).slice(1));
  return Array.from({ length: count }, (_, i) => `a${first + i}`);
}
