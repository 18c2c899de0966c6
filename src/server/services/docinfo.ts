/** What the library keeps denormalised about a document: counts, search text, reporters. */
import { deriveArticle } from '../../core/derive.ts';
import type { Article, Doc } from '../../core/model.ts';
import type { SourceText } from '../../core/text.ts';
import { IssueCache } from './issue-cache.ts';

export interface DocInfo {
  articleCount: number;
  flagCount: number;
  /** Lower-cased headlines and reporter names, newline-separated. */
  searchText: string;
  /** Distinct (name, role) pairs; role '' when unknown. */
  reporters: { name: string; role: string }[];
}

interface ArticleInfo {
  flags: number;
  headline: string;
  reporters: { name: string; role: string }[];
}

/** Cap so one pathological document cannot bloat every library row. */
const MAX_SEARCH_CHARS = 20_000;

/**
 * Deriving every article of a large issue costs tens of milliseconds, and an autosave changes one or
 * two articles: remember each issue's derived articles by their JSON (the source never changes).
 * Bounded by articles, not issues: twenty editors on twenty big issues must all hit.
 */
const MAX_ARTICLES = 200_000;
const cache = new IssueCache<Map<string, ArticleInfo>>(MAX_ARTICLES, (infos) => infos.size);

function articleInfo(article: Article, src: SourceText): ArticleInfo {
  const derived = deriveArticle(article, src);
  const reporters = derived.reporters
    .map((r) => ({ name: r.name.trim(), role: r.role ?? '' }))
    .filter((r) => r.name !== '');
  return { flags: derived.flags.length, headline: derived.headline, reporters };
}

/** `keys`, when given, are JSON.stringify of each article (a caller that already has them saves the work). */
export function docInfo(doc: Doc, src: SourceText, issueId?: string, keys?: readonly string[]): DocInfo {
  const previous = issueId ? cache.get(issueId) : undefined;
  const current = new Map<string, ArticleInfo>();
  let flagCount = 0;
  const words: string[] = [];
  const reporters = new Map<string, { name: string; role: string }>();
  for (const [i, article] of doc.articles.entries()) {
    const key = keys?.[i] ?? JSON.stringify(article);
    const info = previous?.get(key) ?? current.get(key) ?? articleInfo(article, src);
    current.set(key, info);
    flagCount += info.flags;
    if (info.headline) words.push(info.headline);
    for (const r of info.reporters) {
      words.push(r.name);
      reporters.set(`${r.name}\u0000${r.role}`, r);
    }
  }
  if (issueId) cache.set(issueId, current);
  return {
    articleCount: doc.articles.length,
    flagCount,
    searchText: words.join('\n').toLowerCase().slice(0, MAX_SEARCH_CHARS),
    reporters: [...reporters.values()],
  };
}
