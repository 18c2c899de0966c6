import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store.ts';
import { ManualClock } from '../state/clock.ts';
import { lineSpan } from '../state/geometry.ts';
import type { Selection } from '../state/selection.ts';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { dispatchKey, matchChord } from './dispatcher.ts';
import { COMMANDS, commandById } from './index.ts';
import { chordId, parseShortcut } from './shortcuts.ts';
import { defineCommand } from './types.ts';

function setup() {
  const { src, doc } = tinyIssue();
  const store = createEditorStore({
    issueId: 'i1',
    source: src,
    doc,
    revision: 1,
    clock: new ManualClock(),
    suggestions: [{ articleId: 'a1', fragmentId: 'a3', confidence: 0.6, cues: ['mid-sentence-end'] }],
  });
  return { store, src, doc, ctx: { store, services: {} } };
}

function key(
  k: string,
  mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {},
  target: unknown = null,
) {
  let prevented = false;
  return {
    event: {
      key: k,
      ctrlKey: !!mods.ctrl,
      metaKey: false,
      shiftKey: !!mods.shift,
      altKey: !!mods.alt,
      target: target as EventTarget | null,
      preventDefault: () => {
        prevented = true;
      },
    },
    prevented: () => prevented,
  };
}

const press = (s: ReturnType<typeof setup>, k: string, mods?: Parameters<typeof key>[1]) =>
  dispatchKey(key(k, mods).event, COMMANDS, s.ctx, false);

describe('command dispatcher', () => {
  it('no two applicable commands share a shortcut in any kind of selection', () => {
    const s = setup();
    const selections: Selection[] = [
      { kind: 'none' },
      { kind: 'boundary', articleId: 'a2' },
      { kind: 'article', articleId: 'a2' },
      { kind: 'caret', offset: 3, anchor: 3 },
      { kind: 'caret', offset: 3, anchor: 6 },
    ];
    const chords = new Set(COMMANDS.flatMap((c) => c.shortcuts.map((x) => chordId(parseShortcut(x)))));
    s.store.getState().apply({ kind: 'confirmBoundary', articleId: 'a3' });
    s.store.getState().undo();
    for (const selection of selections) {
      s.store.getState().select(selection);
      for (const chord of chords) {
        expect(
          matchChord(COMMANDS, chord, s.store.getState()).kind,
          `${chord} with ${selection.kind}`,
        ).not.toBe('ambiguous');
      }
    }
  });

  it('refuses a chord two applicable commands claim, running neither', () => {
    const s = setup();
    let runs = 0;
    const a = defineCommand({
      id: 'a',
      labelKey: 'a',
      group: 'view',
      shortcuts: ['X'],
      undo: 'none',
      run: () => runs++,
    });
    const b = defineCommand({
      id: 'b',
      labelKey: 'b',
      group: 'view',
      shortcuts: ['x'],
      undo: 'none',
      run: () => runs++,
    });
    const { event, prevented } = key('x');
    expect(dispatchKey(event, [a, b], s.ctx, false)).toBeNull();
    expect(runs).toBe(0);
    expect(prevented()).toBe(true);
    expect(s.store.getState().notice?.key).toBe('ambiguousShortcut');
  });

  it('never fires while the user types in a field', () => {
    const s = setup();
    s.store.getState().apply({ kind: 'confirmBoundary', articleId: 'a2' });
    const input = { tagName: 'INPUT', type: 'text', isContentEditable: false };
    const { event, prevented } = key('z', { ctrl: true }, input);
    expect(dispatchKey(event, COMMANDS, s.ctx, false)).toBeNull();
    expect(prevented()).toBe(false);
    expect(s.store.getState().history.past).toHaveLength(1);
  });

  it('Ctrl+Z undoes and Ctrl+Shift+Z redoes', () => {
    const s = setup();
    s.store.getState().apply({ kind: 'confirmBoundary', articleId: 'a2' });
    expect(press(s, 'z', { ctrl: true })?.id).toBe('history.undo');
    expect(s.store.getState().doc).toBe(s.doc);
    expect(press(s, 'Z', { ctrl: true, shift: true })?.id).toBe('history.redo');
    expect(s.store.getState().doc.articles[1]?.boundary.confirmed).toBe(true);
  });
});

describe('editing commands', () => {
  it('↑ on a selected boundary moves it to the previous non-blank line, one undo step per press', () => {
    const s = setup();
    s.store.getState().select({ kind: 'boundary', articleId: 'a2' });
    press(s, 'ArrowUp');
    const a1 = s.store.getState().doc.articles[0];
    const a2 = s.store.getState().doc.articles[1];
    expect(a2?.parts[0]?.start).toBe(lineSpan(s.src, 2).start);
    expect(a1?.parts[0]?.end).toBe(lineSpan(s.src, 0).end);
    expect(s.store.getState().history.past).toHaveLength(1);
    press(s, 'ArrowDown');
    expect(s.store.getState().doc.articles[1]?.parts[0]?.start).toBe(lineSpan(s.src, 4).start);
    expect(s.store.getState().history.past).toHaveLength(2);
  });

  it('↑ with a caret moves the caret, not a boundary', () => {
    const s = setup();
    const at = lineSpan(s.src, 4).start + 1;
    s.store.getState().select({ kind: 'caret', offset: at, anchor: at });
    expect(press(s, 'ArrowUp')?.id).toBe('caret.up');
    expect(s.store.getState().doc).toBe(s.doc);
  });

  it('S splits at the caret and selects the new boundary', () => {
    const s = setup();
    const at = lineSpan(s.src, 6).start + 3;
    s.store.getState().select({ kind: 'caret', offset: at, anchor: at });
    press(s, 's');
    const { doc, selection } = s.store.getState();
    expect(doc.articles).toHaveLength(4);
    expect(doc.articles[2]?.parts[0]?.start).toBe(at);
    expect(selection).toEqual({ kind: 'boundary', articleId: doc.articles[2]?.id });
  });

  it('M merges the selected article into the previous one, and S at the old start splits it again', () => {
    const s = setup();
    s.store.getState().select({ kind: 'article', articleId: 'a2' });
    press(s, 'm');
    expect(s.store.getState().doc.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    const at = lineSpan(s.src, 4).start;
    s.store.getState().select({ kind: 'caret', offset: at, anchor: at });
    press(s, 's');
    expect(s.store.getState().doc.articles.map((a) => a.parts[0]?.start)).toEqual(
      s.doc.articles.map((a) => a.parts[0]?.start),
    );
  });

  it('a digit key sets the role of the caret line', () => {
    const s = setup();
    const at = lineSpan(s.src, 6).start;
    s.store.getState().select({ kind: 'caret', offset: at, anchor: at });
    press(s, '6'); // caption
    const roles = s.store.getState().doc.articles[1]?.roles;
    expect(roles?.find((r) => r.start === at)?.role).toBe('caption');
  });

  it('U marks the caret line as unassigned', () => {
    const s = setup();
    const line = lineSpan(s.src, 6);
    s.store.getState().select({ kind: 'caret', offset: line.start, anchor: line.start });
    press(s, 'u');
    expect(s.store.getState().doc.unassigned).toEqual([{ ...line, label: null }]);
  });

  it('N selects the most doubtful unconfirmed boundary, then the next', () => {
    const s = setup();
    press(s, 'n');
    expect(s.store.getState().selection).toEqual({ kind: 'boundary', articleId: 'a2' });
    press(s, 'n');
    expect(s.store.getState().selection).toEqual({ kind: 'boundary', articleId: 'a3' });
  });

  it('C confirms the selected boundary and it leaves the doubtful list', () => {
    const s = setup();
    press(s, 'n');
    press(s, 'c');
    expect(s.store.getState().doc.articles[1]?.boundary.confirmed).toBe(true);
    s.store.getState().select({ kind: 'none' });
    press(s, 'n');
    expect(s.store.getState().selection).toEqual({ kind: 'boundary', articleId: 'a3' });
  });

  it('A accepts the suggested continuation link', () => {
    const s = setup();
    press(s, 'a');
    const { doc } = s.store.getState();
    expect(doc.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(doc.articles[0]?.parts).toHaveLength(2);
    expect(doc.articles[0]?.parts[1]?.link?.cues).toContain('manual');
  });

  it('Shift+L unlinks the last continuation of the selected article', () => {
    const s = setup();
    press(s, 'a');
    s.store.getState().select({ kind: 'article', articleId: 'a1' });
    press(s, 'L', { shift: true });
    expect(s.store.getState().doc.articles).toHaveLength(3);
  });

  it('Alt+↓ on a card moves the article later in reading order', () => {
    const s = setup();
    s.store.getState().select({ kind: 'article', articleId: 'a1' });
    press(s, 'ArrowDown', { alt: true });
    expect(s.store.getState().doc.articles.map((a) => a.id)).toEqual(['a2', 'a1', 'a3']);
  });

  it('a refused edit leaves a notice and the document unchanged', () => {
    const s = setup();
    s.store.getState().select({ kind: 'boundary', articleId: 'a2' });
    press(s, 'ArrowUp');
    const moved = s.store.getState().doc;
    // Further up would swallow the start of article 1.
    press(s, 'ArrowUp');
    expect(s.store.getState().doc).toBe(moved);
    expect(s.store.getState().notice).toMatchObject({ key: 'refused.crosses-boundary', tone: 'error' });
    expect(s.store.getState().history.past).toHaveLength(1);
  });

  it('? toggles the shortcut overlay and Escape closes it', () => {
    const s = setup();
    press(s, '?', { shift: true });
    expect(s.store.getState().ui.help).toBe(true);
    press(s, 'Escape');
    expect(s.store.getState().ui.help).toBe(false);
  });

  it('buttons run the same command as the key', () => {
    const s = setup();
    s.store.getState().select({ kind: 'boundary', articleId: 'a2' });
    commandById('boundary.confirm').run(s.ctx);
    expect(s.store.getState().doc.articles[1]?.boundary.confirmed).toBe(true);
  });
});
