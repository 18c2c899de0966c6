import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../core/invariants.ts';
import { createEditorStore } from './store.ts';
import { ManualClock } from './state/clock.ts';
import { tinyIssue } from './testing/tinyDoc.ts';

function setup() {
  const { src, doc } = tinyIssue();
  const clock = new ManualClock(1000);
  const store = createEditorStore({ issueId: 'i1', source: src, doc, revision: 3, clock });
  return { store, src, doc, clock };
}

const startOf = (store: ReturnType<typeof setup>['store'], id: string) =>
  store.getState().doc.articles.find((a) => a.id === id)?.parts[0]?.start;

describe('editor store', () => {
  it('the tiny fixture satisfies the invariants', () => {
    const { src, doc } = setup();
    expect(checkInvariants(doc, src)).toEqual([]);
  });

  it('undo puts the document back and redo reapplies the edit', () => {
    const { store, doc, src } = setup();
    const line2 = src.lineStarts()[2] as number;
    expect(store.getState().apply({ kind: 'moveBoundary', articleId: 'a2', to: line2 })).toBeNull();
    const edited = store.getState().doc;
    expect(startOf(store, 'a2')).toBe(line2);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().doc).toBe(edited);
  });

  it('a refused edit returns the core error and records nothing', () => {
    const { store } = setup();
    const error = store.getState().apply({ kind: 'merge', articleId: 'a1' });
    expect(error?.code).toBe('no-previous-article');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('a whole drag with many previews is one undo step', () => {
    const { store, doc, src } = setup();
    const starts = src.lineStarts();
    store.getState().beginDrag('moveBoundary');
    for (const line of [3, 2, 1, 2]) {
      store.getState().previewDrag({ kind: 'moveBoundary', articleId: 'a2', to: starts[line] as number });
    }
    expect(startOf(store, 'a2')).toBe(starts[2]);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().commitDrag();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
  });

  it('cancelling a drag restores the document and records nothing', () => {
    const { store, doc, src } = setup();
    store.getState().beginDrag('moveBoundary');
    store
      .getState()
      .previewDrag({ kind: 'moveBoundary', articleId: 'a2', to: src.lineStarts()[2] as number });
    store.getState().cancelDrag();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('a preview that the core refuses keeps the last good preview', () => {
    const { store, src } = setup();
    const starts = src.lineStarts();
    store.getState().beginDrag('moveBoundary');
    expect(
      store.getState().previewDrag({ kind: 'moveBoundary', articleId: 'a2', to: starts[2] as number }),
    ).toBe(true);
    // Above a1's start would cross another article's boundary.
    expect(store.getState().previewDrag({ kind: 'moveBoundary', articleId: 'a2', to: 0 })).toBe(false);
    expect(startOf(store, 'a2')).toBe(starts[2]);
  });

  it('a burst of typing in one field is one undo step', () => {
    const { store, doc, clock } = setup();
    for (const value of ['头', '头条', '头条二改']) {
      store
        .getState()
        .apply(
          { kind: 'setField', articleId: 'a2', field: 'headline', value },
          { mergeKey: 'field:a2:headline' },
        );
      clock.advance(300);
    }
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().doc.articles[1]?.fields.headline).toBe('头条二改');
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
  });

  it('typing after a pause of more than a second is a new step', () => {
    const { store, clock } = setup();
    const type = (value: string) =>
      store
        .getState()
        .apply({ kind: 'setField', articleId: 'a2', field: 'headline', value }, { mergeKey: 'f' });
    type('a');
    clock.advance(1500);
    type('ab');
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('changing the selection keeps the redo stack', () => {
    const { store } = setup();
    store.getState().apply({ kind: 'confirmBoundary', articleId: 'a2' });
    store.getState().undo();
    store.getState().select({ kind: 'boundary', articleId: 'a3' });
    store.getState().select({ kind: 'caret', offset: 5, anchor: 5 });
    store.getState().focusArticle('a1');
    expect(store.getState().history.future).toHaveLength(1);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().doc.articles[1]?.boundary.confirmed).toBe(true);
  });

  it('an edit after undo drops the redo stack', () => {
    const { store } = setup();
    store.getState().apply({ kind: 'confirmBoundary', articleId: 'a2' });
    store.getState().undo();
    store.getState().apply({ kind: 'confirmBoundary', articleId: 'a3' });
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('acknowledging a save seals the step so later typing starts a new one', () => {
    const { store } = setup();
    const type = (value: string) =>
      store
        .getState()
        .apply({ kind: 'setField', articleId: 'a2', field: 'headline', value }, { mergeKey: 'f' });
    type('a');
    store.getState().acknowledge(4, store.getState().doc);
    type('ab');
    expect(store.getState().history.past).toHaveLength(2);
    expect(store.getState().base.revision).toBe(4);
  });

  it('a read-only issue refuses edits, drags and undo with a notice', () => {
    const { src, doc } = tinyIssue();
    const store = createEditorStore({ issueId: 'i1', source: src, doc, revision: 1, readOnly: true });
    expect(store.getState().apply({ kind: 'confirmBoundary', articleId: 'a2' })).toBeNull();
    store.getState().beginDrag('boundary.drag');
    expect(store.getState().drag).toBeNull();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().notice?.key).toBe('readOnly');
  });
});
