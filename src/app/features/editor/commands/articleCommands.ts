import { articleById, articleStart, docIndex, spanAtOrBefore } from '../state/docIndex.ts';
import { caretRange } from '../state/selection.ts';
import type { EditorState, EditorStoreApi } from '../store.ts';
import { targetArticleId } from './boundaryCommands.ts';
import { reportRefusal } from './refuse.ts';
import { defineCommand } from './types.ts';

const hasCaret = (s: EditorState) => s.selection.kind === 'caret';

/** Splits at `offset` and selects the new boundary, so arrows can adjust it at once. */
export function splitAtOffset(store: EditorStoreApi, offset: number): void {
  const before = store.getState().doc;
  const ok = reportRefusal(
    store,
    store.getState().apply({ kind: 'split', at: offset }, { label: 'article.split' }),
  );
  if (!ok) return;
  const { doc } = store.getState();
  const created = doc.articles.find((a) => !docIndex(before).byId.has(a.id));
  if (created) store.getState().select({ kind: 'boundary', articleId: created.id });
}

export const splitCommand = defineCommand({
  id: 'article.split',
  labelKey: 'split',
  group: 'article',
  shortcuts: ['S', 'Enter'],
  undo: 'step',
  when: hasCaret,
  run: ({ store }, arg) => {
    const { selection } = store.getState();
    const offset =
      typeof arg === 'number'
        ? arg
        : selection.kind === 'caret'
          ? (caretRange(selection)?.start ?? selection.offset)
          : null;
    if (offset !== null) splitAtOffset(store, offset);
  },
});

export const mergeCommand = defineCommand({
  id: 'article.merge',
  labelKey: 'merge',
  group: 'article',
  shortcuts: ['M'],
  undo: 'step',
  when: (s) => {
    const id = targetArticleId(s);
    return id !== null && (docIndex(s.doc).byId.get(id)?.index ?? 0) > 0;
  },
  run: ({ store }, arg) => {
    const state = store.getState();
    const id = typeof arg === 'string' ? arg : targetArticleId(state);
    if (!id) return;
    const index = docIndex(state.doc).byId.get(id)?.index ?? 0;
    const previous = state.doc.articles[index - 1];
    const ok = reportRefusal(
      store,
      state.apply({ kind: 'merge', articleId: id }, { label: 'article.merge' }),
    );
    if (ok && previous) store.getState().select({ kind: 'article', articleId: previous.id });
  },
});

function reorder(store: EditorStoreApi, delta: number, given?: unknown): void {
  const state = store.getState();
  const id = typeof given === 'string' ? given : targetArticleId(state);
  const index = id ? docIndex(state.doc).byId.get(id)?.index : undefined;
  if (!id || index === undefined) return;
  const toIndex = index + delta;
  if (toIndex < 0 || toIndex >= state.doc.articles.length) return;
  reportRefusal(
    store,
    state.apply({ kind: 'reorder', articleId: id, toIndex }, { label: 'article.reorder' }),
  );
}

export const moveArticleUp = defineCommand({
  id: 'article.moveUp',
  labelKey: 'moveArticleUp',
  group: 'article',
  shortcuts: ['Alt+ArrowUp'],
  undo: 'step',
  when: (s) => s.selection.kind === 'article',
  run: ({ store }, arg) => reorder(store, -1, arg),
});

export const moveArticleDown = defineCommand({
  id: 'article.moveDown',
  labelKey: 'moveArticleDown',
  group: 'article',
  shortcuts: ['Alt+ArrowDown'],
  undo: 'step',
  when: (s) => s.selection.kind === 'article',
  run: ({ store }, arg) => reorder(store, 1, arg),
});

function currentIndex(s: EditorState): number {
  const id = targetArticleId(s) ?? s.focusArticleId;
  if (id) return docIndex(s.doc).byId.get(id)?.index ?? -1;
  if (s.selection.kind === 'caret') {
    const span = spanAtOrBefore(s.doc, s.selection.offset);
    if (span?.articleId) return docIndex(s.doc).byId.get(span.articleId)?.index ?? -1;
  }
  return -1;
}

function step(store: EditorStoreApi, delta: number): void {
  const state = store.getState();
  const n = state.doc.articles.length;
  if (n === 0) return;
  const at = currentIndex(state);
  const next = state.doc.articles[at < 0 ? 0 : Math.max(0, Math.min(n - 1, at + delta))];
  if (!next) return;
  state.select({ kind: 'article', articleId: next.id });
  state.revealOffset(articleStart(next));
}

export const nextArticle = defineCommand({
  id: 'article.next',
  labelKey: 'nextArticle',
  group: 'article',
  shortcuts: ['J'],
  undo: 'none',
  run: ({ store }) => step(store, 1),
});

export const previousArticle = defineCommand({
  id: 'article.previous',
  labelKey: 'previousArticle',
  group: 'article',
  shortcuts: ['K'],
  undo: 'none',
  run: ({ store }) => step(store, -1),
});

export const placeCaret = defineCommand({
  id: 'article.placeCaret',
  labelKey: 'placeCaret',
  group: 'caret',
  shortcuts: ['I'],
  undo: 'none',
  when: (s) => targetArticleId(s) !== null,
  run: ({ store }) => {
    const state = store.getState();
    const article = articleById(state.doc, targetArticleId(state));
    if (!article) return;
    const offset = articleStart(article);
    state.select({ kind: 'caret', offset, anchor: offset });
    state.focusArticle(article.id);
    state.revealOffset(offset);
  },
});

export const ARTICLE_COMMANDS = [
  splitCommand,
  mergeCommand,
  moveArticleUp,
  moveArticleDown,
  nextArticle,
  previousArticle,
  placeCaret,
];
