/**
 * What must hold before an issue can be approved, as readable blockers: the document invariants,
 * no page text left without a label, and a headline for every article (as the export derives it).
 */
import type { GalleyExport } from '../../core/export/index.ts';
import { checkInvariants } from '../../core/invariants.ts';
import type { Doc } from '../../core/model.ts';
import { isSpace } from '../../core/text.ts';
import type { SourceText } from '../../core/text.ts';

function contentChars(src: SourceText, start: number, end: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  let i = start;
  for (const ch of src.slice(start, end)) {
    if (!isSpace(ch)) {
      count++;
      if (first < 0) first = i;
    }
    i++;
  }
  return { count, first };
}

/** `exp` is toExport of the same document: its headlines are what readers of the export will get. */
export function approvalBlockers(doc: Doc, src: SourceText, exp: GalleyExport): string[] {
  const blockers = [...checkInvariants(doc, src)];
  for (const u of doc.unassigned) {
    if (u.label !== null && u.label.trim() !== '') continue;
    const { count, first } = contentChars(src, u.start, Math.min(u.end, src.length));
    if (count === 0) continue;
    blockers.push(
      `${count} character${count === 1 ? '' : 's'} at line ${src.lineOf(first) + 1} belong${count === 1 ? 's' : ''} to no article and ${count === 1 ? 'has' : 'have'} no label`,
    );
  }
  exp.articles.forEach((a, i) => {
    if (a.headline.trim() === '') blockers.push(`article ${i + 1} (${a.id}) has no headline`);
  });
  return blockers;
}
