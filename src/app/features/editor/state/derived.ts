/** Reader-facing fields per article, derived once per article object (an edit re-derives one card). */
import { deriveArticle, type DerivedArticle } from '../../../../core/derive.ts';
import type { Article } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';

const cache = new WeakMap<Article, DerivedArticle>();

export function derived(article: Article, src: SourceText): DerivedArticle {
  let hit = cache.get(article);
  if (!hit) {
    hit = deriveArticle(article, src);
    cache.set(article, hit);
  }
  return hit;
}
