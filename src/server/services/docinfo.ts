/** What the library keeps denormalised about a document: counts, search text, reporters. */
import { deriveArticle } from '../../core/derive.ts';
import type { Doc } from '../../core/model.ts';
import type { SourceText } from '../../core/text.ts';

export interface DocInfo {
  articleCount: number;
  flagCount: number;
  /** Lower-cased headlines and reporter names, newline-separated. */
  searchText: string;
  /** Distinct (name, role) pairs; role '' when unknown. */
  reporters: { name: string; role: string }[];
}

/** Cap so one pathological document cannot bloat every library row. */
const MAX_SEARCH_CHARS = 20_000;

export function docInfo(doc: Doc, src: SourceText): DocInfo {
  let flagCount = 0;
  const words: string[] = [];
  const reporters = new Map<string, { name: string; role: string }>();
  for (const article of doc.articles) {
    const derived = deriveArticle(article, src);
    flagCount += derived.flags.length;
    if (derived.headline) words.push(derived.headline);
    for (const r of derived.reporters) {
      const name = r.name.trim();
      if (!name) continue;
      words.push(name);
      const role = r.role ?? '';
      reporters.set(`${name}\u0000${role}`, { name, role });
    }
  }
  return {
    articleCount: doc.articles.length,
    flagCount,
    searchText: words.join('\n').toLowerCase().slice(0, MAX_SEARCH_CHARS),
    reporters: [...reporters.values()],
  };
}
