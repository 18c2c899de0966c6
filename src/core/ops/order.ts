import type { Doc } from '../model.ts';
import { fail, ok } from './result.ts';
import type { OpResult } from './result.ts';

/** Move the article at `fromIndex` so that it ends up at `toIndex` in reading order. */
export function reorderArticles(doc: Doc, fromIndex: number, toIndex: number): OpResult {
  const n = doc.articles.length;
  const valid = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  if (!valid(fromIndex) || !valid(toIndex)) {
    return fail(
      'invalid-index',
      `Indexes must lie in 0…${n - 1}; got ${String(fromIndex)} → ${String(toIndex)}.`,
    );
  }
  if (fromIndex === toIndex) return ok(doc);
  const articles = [...doc.articles];
  const [moved] = articles.splice(fromIndex, 1);
  if (moved) articles.splice(toIndex, 0, moved);
  return ok({ ...doc, articles });
}
