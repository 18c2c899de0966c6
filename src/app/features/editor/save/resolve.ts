/** The editor's choices after a save conflict, and bringing back work kept on this device. */
import type { SaveTransport } from '../api/documentApi.ts';
import { entriesSince } from '../state/history.ts';
import type { EditorStoreApi } from '../store.ts';
import { diffDocs, docsEqual, type DocChanges } from './docDiff.ts';
import type { DraftStore } from './draftStore.ts';
import { rebase, type RebaseResult } from './rebase.ts';

export interface ConflictSummary {
  theirs: DocChanges;
  mine: DocChanges;
  /** Whether my edits can be replayed step by step on their document. */
  canReapply: boolean;
}

export function summariseConflict(store: EditorStoreApi): ConflictSummary | null {
  const s = store.getState();
  const conflict = s.save.conflict;
  if (!conflict) return null;
  return {
    theirs: diffDocs(s.base.doc, conflict.doc),
    mine: diffDocs(s.base.doc, s.doc),
    canReapply: entriesSince(s.history, s.base.doc, s.doc)?.every((e) => e.payload !== null) ?? false,
  };
}

/** Their document, then my steps that do not clash on top, as one undoable step. */
export function reloadTheirsReapplyMine(store: EditorStoreApi): RebaseResult | null {
  const s = store.getState();
  const conflict = s.save.conflict;
  if (!conflict) return null;
  const entries = entriesSince(s.history, s.base.doc, s.doc);
  const result = entries ? rebase(s.base.doc, conflict.doc, entries, s.src) : null;
  if (!result) return null;
  s.setSaveStatus('saved', null);
  s.resetTo(conflict.revision, conflict.doc);
  if (result.doc !== conflict.doc) store.getState().replaceDoc(result.doc, 'conflict.reapply');
  return result;
}

/** Save my document over theirs as a new revision (theirs stays in the revision history). */
export function keepMine(store: EditorStoreApi): void {
  const s = store.getState();
  const conflict = s.save.conflict;
  if (!conflict) return;
  s.rebaseOnto(conflict.revision, conflict.doc);
  s.setSaveStatus('pending', null);
}

/** Drop my unsaved edits and continue from their revision. */
export function takeTheirs(store: EditorStoreApi): void {
  const s = store.getState();
  const conflict = s.save.conflict;
  if (!conflict) return;
  s.setSaveStatus('saved', null);
  s.resetTo(conflict.revision, conflict.doc);
}

export type RestoreOutcome = 'none' | 'restored' | 'already-saved' | 'conflict';

/**
 * Brings back edits kept on this device after a reload, crash or lost connection. A draft made on
 * an older revision is first re-sent with its own saveId: if that save reached the server before
 * the answer was lost, the server recognises it and nothing clashes.
 */
export async function restoreDraft(
  store: EditorStoreApi,
  drafts: DraftStore,
  transport: SaveTransport,
): Promise<RestoreOutcome> {
  const s = store.getState();
  const draft = await drafts.get(s.issueId);
  if (!draft) return 'none';
  if (docsEqual(draft.doc, s.base.doc)) {
    await drafts.delete(s.issueId);
    return 'none';
  }
  if (draft.baseRevision === s.base.revision) {
    // Already brought back (the page mounted twice): do not stack a second identical step.
    if (docsEqual(draft.doc, s.doc)) return 'restored';
    s.replaceDoc(draft.doc, 'draft.restore');
    return 'restored';
  }
  if (draft.saveId) {
    const outcome = await transport.save(s.issueId, draft.baseRevision, draft.doc, draft.saveId);
    if (outcome.kind === 'saved') {
      // Stored before the answer was lost; any later revision was saved on top of it.
      await drafts.delete(s.issueId);
      if (outcome.revision > s.base.revision) s.resetTo(outcome.revision, draft.doc);
      return 'already-saved';
    }
  }
  // Made on an older revision and never stored: show it as a conflict so nothing is overwritten.
  s.setSaveStatus('conflict', { revision: s.base.revision, doc: s.base.doc, author: null, at: '' });
  store.getState().replaceDoc(draft.doc, 'draft.restore');
  return 'conflict';
}
