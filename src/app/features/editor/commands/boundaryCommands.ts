import { articleById, articleStart, nextDoubtful } from '../state/docIndex.ts';
import { boundaryCharTarget, boundaryLineTarget } from '../state/geometry.ts';
import type { EditorState, EditorStoreApi } from '../store.ts';
import { reportRefusal } from './refuse.ts';
import { defineCommand } from './types.ts';

const boundarySelected = (s: EditorState) => s.selection.kind === 'boundary';

function moveSelectedBoundary(store: EditorStoreApi, target: (offset: number) => number | null): void {
  const state = store.getState();
  if (state.selection.kind !== 'boundary') return;
  const article = articleById(state.doc, state.selection.articleId);
  if (!article) return;
  const to = target(articleStart(article));
  if (to === null) return;
  const ok = reportRefusal(
    store,
    state.apply({ kind: 'moveBoundary', articleId: article.id, to }, { label: 'boundary.move' }),
  );
  if (ok) store.getState().revealOffset(to);
}

export const boundaryUp = defineCommand({
  id: 'boundary.up',
  labelKey: 'boundaryUp',
  group: 'boundary',
  shortcuts: ['ArrowUp'],
  undo: 'step',
  when: boundarySelected,
  run: ({ store }) => moveSelectedBoundary(store, (at) => boundaryLineTarget(store.getState().src, at, -1)),
});

export const boundaryDown = defineCommand({
  id: 'boundary.down',
  labelKey: 'boundaryDown',
  group: 'boundary',
  shortcuts: ['ArrowDown'],
  undo: 'step',
  when: boundarySelected,
  run: ({ store }) => moveSelectedBoundary(store, (at) => boundaryLineTarget(store.getState().src, at, 1)),
});

export const boundaryUpChar = defineCommand({
  id: 'boundary.upChar',
  labelKey: 'boundaryUpChar',
  group: 'boundary',
  shortcuts: ['Alt+ArrowUp', 'Alt+ArrowLeft'],
  undo: 'step',
  when: boundarySelected,
  run: ({ store }) => moveSelectedBoundary(store, (at) => boundaryCharTarget(store.getState().src, at, -1)),
});

export const boundaryDownChar = defineCommand({
  id: 'boundary.downChar',
  labelKey: 'boundaryDownChar',
  group: 'boundary',
  shortcuts: ['Alt+ArrowDown', 'Alt+ArrowRight'],
  undo: 'step',
  when: boundarySelected,
  run: ({ store }) => moveSelectedBoundary(store, (at) => boundaryCharTarget(store.getState().src, at, 1)),
});

/** The article a boundary or card selection is about. */
export function targetArticleId(s: EditorState): string | null {
  if (s.selection.kind === 'boundary' || s.selection.kind === 'article') return s.selection.articleId;
  return null;
}

export const confirmBoundaryCommand = defineCommand({
  id: 'boundary.confirm',
  labelKey: 'confirmBoundary',
  group: 'boundary',
  shortcuts: ['C'],
  undo: 'step',
  when: (s) => {
    const article = articleById(s.doc, targetArticleId(s));
    return article !== undefined && !article.boundary.confirmed;
  },
  run: ({ store }, arg) => {
    const id = typeof arg === 'string' ? arg : targetArticleId(store.getState());
    if (id) reportRefusal(store, store.getState().apply({ kind: 'confirmBoundary', articleId: id }));
  },
});

export const nextDoubtfulCommand = defineCommand({
  id: 'boundary.nextDoubtful',
  labelKey: 'nextDoubtful',
  group: 'boundary',
  shortcuts: ['N'],
  undo: 'none',
  when: (s) => nextDoubtful(s.doc, null) !== null,
  run: ({ store }) => {
    const state = store.getState();
    const next = nextDoubtful(state.doc, targetArticleId(state));
    if (!next) return;
    state.select({ kind: 'boundary', articleId: next.id });
    state.revealOffset(articleStart(next));
  },
});

export const selectBoundaryCommand = defineCommand({
  id: 'boundary.select',
  labelKey: 'selectBoundary',
  group: 'boundary',
  shortcuts: ['B'],
  undo: 'none',
  when: (s) => s.selection.kind === 'article',
  run: ({ store }) => {
    const id = targetArticleId(store.getState());
    if (id) store.getState().select({ kind: 'boundary', articleId: id });
  },
});

export const BOUNDARY_COMMANDS = [
  boundaryUp,
  boundaryDown,
  boundaryUpChar,
  boundaryDownChar,
  confirmBoundaryCommand,
  nextDoubtfulCommand,
  selectBoundaryCommand,
];
