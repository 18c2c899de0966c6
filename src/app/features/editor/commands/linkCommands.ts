import { articleById, articleStart, liveSuggestions } from '../state/docIndex.ts';
import type { EditorState } from '../store.ts';
import { targetArticleId } from './boundaryCommands.ts';
import { reportRefusal } from './refuse.ts';
import { defineCommand } from './types.ts';

export interface LinkArg {
  fragmentId: string;
  targetId: string;
}

function isLinkArg(arg: unknown): arg is LinkArg {
  return typeof arg === 'object' && arg !== null && 'fragmentId' in arg && 'targetId' in arg;
}

/** The suggestion about the selected article, else the first one still open. */
export function currentSuggestion(s: EditorState) {
  const live = liveSuggestions(s.doc, s.suggestions);
  const id = targetArticleId(s);
  return live.find((x) => x.articleId === id || x.fragmentId === id) ?? live[0] ?? null;
}

export const linkCommand = defineCommand({
  id: 'link.link',
  labelKey: 'link',
  group: 'link',
  shortcuts: [],
  undo: 'step',
  run: ({ store }, arg) => {
    if (!isLinkArg(arg)) return;
    const state = store.getState();
    const ok = reportRefusal(
      store,
      state.apply(
        { kind: 'link', fragmentId: arg.fragmentId, partIndex: 0, targetId: arg.targetId },
        { label: 'link.link' },
      ),
    );
    if (ok) store.getState().select({ kind: 'article', articleId: arg.targetId });
  },
});

export const openLinkPicker = defineCommand({
  id: 'link.pick',
  labelKey: 'continuesArticle',
  group: 'link',
  shortcuts: ['L'],
  undo: 'none',
  when: (s) => targetArticleId(s) !== null && s.doc.articles.length > 1,
  run: ({ store }, arg) => {
    const id = typeof arg === 'string' ? arg : targetArticleId(store.getState());
    if (id) store.getState().setUi({ linkPickerFor: id });
  },
});

export const acceptSuggestion = defineCommand({
  id: 'link.accept',
  labelKey: 'acceptSuggestion',
  group: 'link',
  shortcuts: ['A'],
  undo: 'step',
  when: (s) => currentSuggestion(s) !== null,
  run: (ctx) => {
    const suggestion = currentSuggestion(ctx.store.getState());
    if (suggestion)
      linkCommand.run(ctx, { fragmentId: suggestion.fragmentId, targetId: suggestion.articleId });
  },
});

export const unlinkCommand = defineCommand({
  id: 'link.unlink',
  labelKey: 'unlink',
  group: 'link',
  shortcuts: ['Shift+L'],
  undo: 'step',
  when: (s) => (articleById(s.doc, targetArticleId(s))?.parts.length ?? 0) > 1,
  run: ({ store }, arg) => {
    const state = store.getState();
    const given = arg as { articleId: string; partIndex: number } | undefined;
    const article = articleById(state.doc, given?.articleId ?? targetArticleId(state));
    if (!article) return;
    const partIndex = given?.partIndex ?? article.parts.length - 1;
    const ok = reportRefusal(
      store,
      state.apply({ kind: 'unlink', articleId: article.id, partIndex }, { label: 'link.unlink' }),
    );
    if (ok) store.getState().revealOffset(articleStart(article));
  },
});

export const LINK_COMMANDS = [linkCommand, openLinkPicker, acceptSuggestion, unlinkCommand];
