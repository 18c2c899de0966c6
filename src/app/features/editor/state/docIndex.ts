/**
 * Lookups over a document, computed once per document object (documents are immutable, so a
 * WeakMap keyed by the document is a complete cache and frees itself with the old versions).
 */
import type { Article, Doc, LinkSuggestion, Span } from '../../../../core/model.ts';

export interface OwnedSpan extends Span {
  /** Null for unassigned furniture. */
  articleId: string | null;
  partIndex: number;
  /** 1-based reading-order number of the article; 0 for furniture. */
  number: number;
  label: string | null;
}

export interface DocIndex {
  byId: Map<string, { article: Article; index: number }>;
  /** Every part and unassigned range, sorted by start. */
  spans: OwnedSpan[];
}

const cache = new WeakMap<Doc, DocIndex>();

export function docIndex(doc: Doc): DocIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const byId = new Map<string, { article: Article; index: number }>();
  const spans: OwnedSpan[] = [];
  doc.articles.forEach((article, index) => {
    byId.set(article.id, { article, index });
    article.parts.forEach((p, partIndex) =>
      spans.push({
        start: p.start,
        end: p.end,
        articleId: article.id,
        partIndex,
        number: index + 1,
        label: null,
      }),
    );
  });
  for (const u of doc.unassigned) {
    spans.push({ start: u.start, end: u.end, articleId: null, partIndex: 0, number: 0, label: u.label });
  }
  spans.sort((a, b) => a.start - b.start);
  const built = { byId, spans };
  cache.set(doc, built);
  return built;
}

let lastIds: string[] = [];
const idsCache = new WeakMap<Doc, string[]>();

/**
 * The article ids in reading order, the same array for as long as they do not change: the articles
 * pane subscribes to them, and an edit inside one article must not make it re-render.
 */
export function articleIds(doc: Doc): string[] {
  const hit = idsCache.get(doc);
  if (hit) return hit;
  const ids = doc.articles.map((a) => a.id);
  const same = ids.length === lastIds.length && ids.every((id, i) => id === lastIds[i]);
  if (!same) lastIds = ids;
  idsCache.set(doc, lastIds);
  return lastIds;
}

/** Index of the first span that ends after `offset`. */
function firstEndingAfter(spans: OwnedSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as OwnedSpan).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The owned spans overlapping [start, end), in order. */
export function spansIn(doc: Doc, range: Span): OwnedSpan[] {
  const { spans } = docIndex(doc);
  const out: OwnedSpan[] = [];
  for (let i = firstEndingAfter(spans, range.start); i < spans.length; i++) {
    const s = spans[i] as OwnedSpan;
    if (s.start >= range.end) break;
    out.push(s);
  }
  return out;
}

/** The span holding the character at `offset`, or the nearest one before it. */
export function spanAtOrBefore(doc: Doc, offset: number): OwnedSpan | null {
  const { spans } = docIndex(doc);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as OwnedSpan).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo - 1] ?? null;
}

export function articleById(doc: Doc, id: string | null): Article | undefined {
  return id === null ? undefined : docIndex(doc).byId.get(id)?.article;
}

export function articleNumber(doc: Doc, id: string): number {
  return (docIndex(doc).byId.get(id)?.index ?? -1) + 1;
}

export function articleStart(article: Article): number {
  return article.parts[0]?.start ?? 0;
}

const doubtCache = new WeakMap<Doc, Article[]>();

/**
 * Unconfirmed boundaries, most doubtful first (ties in text order); the first article never counts.
 * Cached per document: the toolbar asks on every store change, and sorting thousands of articles
 * each time a card gained the highlight made scrolling stutter.
 */
export function doubtfulBoundaries(doc: Doc): Article[] {
  let hit = doubtCache.get(doc);
  if (!hit) {
    hit = sortDoubtful(doc);
    doubtCache.set(doc, hit);
  }
  return hit;
}

function sortDoubtful(doc: Doc): Article[] {
  const first = doc.articles.reduce<Article | null>(
    (min, a) => (min === null || articleStart(a) < articleStart(min) ? a : min),
    null,
  );
  return doc.articles
    .filter((a) => !a.boundary.confirmed && a !== first)
    .sort((a, b) => a.boundary.confidence - b.boundary.confidence || articleStart(a) - articleStart(b));
}

/** The next boundary to look at after `currentId` in doubt order, wrapping around. */
export function nextDoubtful(doc: Doc, currentId: string | null): Article | null {
  const list = doubtfulBoundaries(doc);
  if (list.length === 0) return null;
  const at = currentId === null ? -1 : list.findIndex((a) => a.id === currentId);
  return list[(at + 1) % list.length] ?? null;
}

const liveCache = new WeakMap<Doc, { suggestions: LinkSuggestion[]; live: LinkSuggestion[] }>();

/**
 * Suggestions that still make sense: both articles exist and the fragment is still on its own.
 * Cached per document and suggestion list, since every card asks on every store change.
 */
export function liveSuggestions(doc: Doc, suggestions: LinkSuggestion[]): LinkSuggestion[] {
  const hit = liveCache.get(doc);
  if (hit && hit.suggestions === suggestions) return hit.live;
  const live = filterLive(doc, suggestions);
  liveCache.set(doc, { suggestions, live });
  return live;
}

function filterLive(doc: Doc, suggestions: LinkSuggestion[]): LinkSuggestion[] {
  const { byId } = docIndex(doc);
  return suggestions.filter((s) => {
    const fragment = byId.get(s.fragmentId)?.article;
    return (
      byId.has(s.articleId) &&
      fragment !== undefined &&
      fragment.parts.length === 1 &&
      s.articleId !== s.fragmentId
    );
  });
}
