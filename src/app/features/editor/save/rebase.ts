/**
 * "Reload theirs and reapply mine where it does not clash": replay each of my steps since the common
 * base on their document. A step clashes when it no longer applies, or when it touches an article
 * they changed too (so their work on that article is never silently overwritten).
 */
import type { Doc } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';
import { applyOp, type DocOp } from '../state/docOps.ts';
import type { HistoryEntry } from '../state/history.ts';
import { articleChanged } from './docDiff.ts';

export interface RebaseResult {
  doc: Doc;
  applied: DocOp[];
  clashed: DocOp[];
}

function touchedIds(before: Doc, after: Doc): string[] {
  const prev = new Map(before.articles.map((a) => [a.id, a]));
  const ids = new Set<string>();
  for (const a of after.articles) if (prev.get(a.id) !== a) ids.add(a.id);
  const now = new Set(after.articles.map((a) => a.id));
  for (const a of before.articles) if (!now.has(a.id)) ids.add(a.id);
  return [...ids];
}

/** `steps`: my history entries from `base` to my current document, oldest first. */
export function rebase(
  base: Doc,
  theirs: Doc,
  steps: HistoryEntry<Doc, DocOp | null>[],
  src: SourceText,
): RebaseResult | null {
  if (steps.some((s) => s.payload === null)) return null;
  const baseById = new Map(base.articles.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.articles.map((a) => [a.id, a]));
  const theyChanged = (id: string) =>
    baseById.has(id) && articleChanged(baseById.get(id), theirsById.get(id));
  let doc = theirs;
  const applied: DocOp[] = [];
  const clashed: DocOp[] = [];
  for (const step of steps) {
    const op = step.payload as DocOp;
    if (touchedIds(step.before, step.after).some(theyChanged)) {
      clashed.push(op);
      continue;
    }
    const r = applyOp(doc, src, op);
    if (r.ok) {
      doc = r.doc;
      applied.push(op);
    } else clashed.push(op);
  }
  return { doc, applied, clashed };
}
