/**
 * The editor's working copy: the document being edited, its undo history, the selection and a little
 * UI state commands toggle. The server's copy stays in react-query; `base` only remembers which
 * revision the working copy started from, for saving and conflict handling.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Doc, LinkSuggestion } from '../../../core/model.ts';
import type { OpError } from '../../../core/ops/index.ts';
import { SourceText } from '../../../core/text.ts';
import { systemClock, type Clock } from './state/clock.ts';
import { applyOp, type DocOp } from './state/docOps.ts';
import { emptyHistory, recordStep, redoStep, sealHistory, undoStep, type History } from './state/history.ts';
import { NO_SELECTION, type Selection } from './state/selection.ts';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'error';

export interface Notice {
  key: string;
  vars?: Record<string, string | number>;
  tone: 'info' | 'error';
}

export interface DragState {
  base: Doc;
  label: string;
  op: DocOp | null;
}

export interface EditorUi {
  help: boolean;
  preview: boolean;
  exportPreview: boolean;
  /** The fragment article for which the "continues article…" picker is open. */
  linkPickerFor: string | null;
}

export interface ConflictState {
  revision: number;
  doc: Doc;
  author: string | null;
  at: string;
}

export interface EditorState {
  issueId: string;
  src: SourceText;
  doc: Doc;
  suggestions: LinkSuggestion[];
  /** Payload null: a step that cannot be replayed op by op (a whole-document replacement). */
  history: History<Doc, DocOp | null>;
  drag: DragState | null;
  selection: Selection;
  /** The card highlighted in the articles pane (follows clicks and source scrolling). */
  focusArticleId: string | null;
  /** Bumped when a command asks the source pane to bring something into view. */
  reveal: { offset: number; seq: number } | null;
  ui: EditorUi;
  notice: Notice | null;
  /** The revision and document the working copy was last in step with on the server. */
  base: { revision: number; doc: Doc };
  save: { status: SaveStatus; conflict: ConflictState | null };
  /** Submitted or approved issues cannot be edited until a supervisor sends them back. */
  readOnly: boolean;
}

export interface EditorActions {
  /** Applies and records one undo step. Returns the core error when the edit is refused. */
  apply(op: DocOp, options?: { label?: string; mergeKey?: string }): OpError | null;
  beginDrag(label: string): void;
  /** Shows where the drag would land; an op that does not apply leaves the last good preview. */
  previewDrag(op: DocOp): boolean;
  commitDrag(): void;
  cancelDrag(): void;
  undo(): boolean;
  redo(): boolean;
  select(selection: Selection): void;
  focusArticle(articleId: string | null): void;
  revealOffset(offset: number): void;
  setUi(patch: Partial<EditorUi>): void;
  notify(notice: Notice | null): void;
  /** Replaces the working document as one undo step (conflict resolution, restored drafts). */
  replaceDoc(doc: Doc, label: string): void;
  /** The server now holds `doc` as `revision`. */
  acknowledge(revision: number, doc: Doc): void;
  /** Adopt a server document as the new base without recording a step (taking theirs). */
  resetTo(revision: number, doc: Doc): void;
  /** Save the working copy on top of `revision` next time ("keep mine as a new revision"). */
  rebaseOnto(revision: number, doc: Doc): void;
  setSaveStatus(status: SaveStatus, conflict?: ConflictState | null): void;
  setReadOnly(readOnly: boolean): void;
}

export type EditorStore = EditorState & EditorActions;
export type EditorStoreApi = StoreApi<EditorStore>;

export interface EditorInit {
  issueId: string;
  source: string | SourceText;
  doc: Doc;
  revision: number;
  suggestions?: LinkSuggestion[];
  clock?: Clock;
  readOnly?: boolean;
}

export function createEditorStore(init: EditorInit): EditorStoreApi {
  const clock = init.clock ?? systemClock;
  const src = typeof init.source === 'string' ? new SourceText(init.source) : init.source;
  return createStore<EditorStore>()((set, get) => {
    function refuseReadOnly(): boolean {
      if (!get().readOnly) return false;
      set({ notice: { key: 'readOnly', tone: 'info' } });
      return true;
    }
    return {
      issueId: init.issueId,
      src,
      doc: init.doc,
      suggestions: init.suggestions ?? [],
      history: emptyHistory(),
      drag: null,
      selection: NO_SELECTION,
      focusArticleId: null,
      reveal: null,
      ui: { help: false, preview: false, exportPreview: false, linkPickerFor: null },
      notice: null,
      base: { revision: init.revision, doc: init.doc },
      save: { status: 'saved', conflict: null },
      readOnly: init.readOnly ?? false,

      apply(op, options) {
        const state = get();
        if (refuseReadOnly()) return null;
        if (state.drag) state.cancelDrag();
        const before = get().doc;
        const result = applyOp(before, state.src, op);
        if (!result.ok) return result.error;
        if (result.doc === before) return null;
        set({
          doc: result.doc,
          history: recordStep(
            get().history,
            {
              before,
              after: result.doc,
              label: options?.label ?? op.kind,
              payload: op,
              mergeKey: options?.mergeKey ?? null,
            },
            clock.now(),
          ),
        });
        return null;
      },

      beginDrag(label) {
        if (refuseReadOnly()) return;
        const { drag, doc } = get();
        set({ drag: { base: drag ? drag.base : doc, label, op: null }, doc: drag ? drag.base : doc });
      },

      previewDrag(op) {
        const { drag, src } = get();
        if (!drag) return false;
        const result = applyOp(drag.base, src, op);
        if (!result.ok) return false;
        set({ doc: result.doc, drag: { ...drag, op } });
        return true;
      },

      commitDrag() {
        const { drag, doc, history } = get();
        if (!drag) return;
        if (!drag.op || doc === drag.base) {
          set({ drag: null, doc: drag.base });
          return;
        }
        set({
          drag: null,
          history: recordStep(
            history,
            { before: drag.base, after: doc, label: drag.label, payload: drag.op },
            clock.now(),
          ),
        });
      },

      cancelDrag() {
        const { drag } = get();
        if (drag) set({ drag: null, doc: drag.base });
      },

      undo() {
        if (refuseReadOnly()) return false;
        if (get().drag) get().cancelDrag();
        const moved = undoStep(get().history);
        if (!moved) return false;
        set({ history: moved.history, doc: moved.snapshot });
        return true;
      },

      redo() {
        if (refuseReadOnly()) return false;
        if (get().drag) get().cancelDrag();
        const moved = redoStep(get().history);
        if (!moved) return false;
        set({ history: moved.history, doc: moved.snapshot });
        return true;
      },

      select(selection) {
        const articleId =
          selection.kind === 'boundary' || selection.kind === 'article' ? selection.articleId : null;
        set(articleId ? { selection, focusArticleId: articleId } : { selection });
      },

      focusArticle(articleId) {
        if (get().focusArticleId !== articleId) set({ focusArticleId: articleId });
      },

      revealOffset(offset) {
        set({ reveal: { offset, seq: (get().reveal?.seq ?? 0) + 1 } });
      },

      setUi(patch) {
        set({ ui: { ...get().ui, ...patch } });
      },

      notify(notice) {
        set({ notice });
      },

      replaceDoc(doc, label) {
        const before = get().doc;
        if (doc === before) return;
        set({
          doc,
          history: recordStep(get().history, { before, after: doc, label, payload: null }, clock.now()),
        });
      },

      acknowledge(revision, doc) {
        set({ base: { revision, doc }, history: sealHistory(get().history) });
      },

      resetTo(revision, doc) {
        set({ base: { revision, doc }, doc, history: emptyHistory(), drag: null, selection: NO_SELECTION });
      },

      rebaseOnto(revision, doc) {
        set({ base: { revision, doc } });
      },

      setReadOnly(readOnly) {
        set({ readOnly });
      },

      setSaveStatus(status, conflict) {
        const current = get().save;
        const next = { status, conflict: conflict === undefined ? current.conflict : conflict };
        if (next.status !== current.status || next.conflict !== current.conflict) set({ save: next });
      },
    };
  });
}
