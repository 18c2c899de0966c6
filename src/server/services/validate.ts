/** The server-side check of a saved document against its source text: the core's invariants. */
import { checkInvariants } from '../../core/invariants.ts';
import type { Doc, UnassignedRange } from '../../core/model.ts';
import type { SourceText } from '../../core/text.ts';
import type { ParsedDoc } from './doc-parse.ts';

/** Readable problems; empty when the document is valid. */
export function validateDoc(doc: Doc, src: SourceText): string[] {
  return checkInvariants(doc, src);
}

/**
 * The same verdict as validateDoc, cheaper when most articles were part of an earlier valid save of
 * this issue. What one article must satisfy on its own (its spans, roles, confidences) depends only
 * on the article and the immutable source, so known articles stand in as plain ranges: the check
 * still sees every span, for overlaps and for text that nothing owns. Problems are always reported
 * by the full check, so they read the same either way.
 */
export function validateParsed(parsed: ParsedDoc, src: SourceText): string[] {
  const { doc, entries } = parsed;
  const fresh = entries.filter((e) => !e.valid);
  if (fresh.length === entries.length || !idsDistinct(doc) || !sortedByStart(doc.unassigned)) {
    return checkInvariants(doc, src);
  }
  const stand: UnassignedRange[] = [...doc.unassigned];
  for (const e of entries) {
    if (!e.valid) continue;
    for (const p of e.article.parts) stand.push({ start: p.start, end: p.end, label: null });
  }
  stand.sort((a, b) => a.start - b.start || a.end - b.end);
  const reduced: Doc = { articles: fresh.map((e) => e.article), unassigned: stand };
  return checkInvariants(reduced, src).length === 0 ? [] : checkInvariants(doc, src);
}

function idsDistinct(doc: Doc): boolean {
  const ids = new Set<string>();
  for (const a of doc.articles) ids.add(a.id);
  return ids.size === doc.articles.length;
}

function sortedByStart(ranges: UnassignedRange[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i] as UnassignedRange).start < (ranges[i - 1] as UnassignedRange).start) return false;
  }
  return true;
}
