import { caretLineTarget, lineSpan } from '../state/geometry.ts';
import type { EditorState, EditorStoreApi } from '../store.ts';
import { defineCommand, type Command } from './types.ts';

const hasCaret = (s: EditorState) => s.selection.kind === 'caret';

function moveCaret(store: EditorStoreApi, extend: boolean, target: (offset: number) => number): void {
  const state = store.getState();
  if (state.selection.kind !== 'caret') return;
  const offset = Math.max(0, Math.min(state.src.length, target(state.selection.offset)));
  state.select({ kind: 'caret', offset, anchor: extend ? state.selection.anchor : offset });
  state.revealOffset(offset);
}

function caretCommand(
  id: string,
  shortcut: string,
  extend: boolean,
  target: (s: EditorState, at: number) => number,
): Command {
  return defineCommand({
    id,
    labelKey: id.replace('caret.', 'caret_'),
    group: 'caret',
    shortcuts: [extend ? `Shift+${shortcut}` : shortcut],
    undo: 'none',
    when: hasCaret,
    run: ({ store }) => moveCaret(store, extend, (at) => target(store.getState(), at)),
  });
}

const left = (_s: EditorState, at: number) => at - 1;
const right = (_s: EditorState, at: number) => at + 1;
const up = (s: EditorState, at: number) => caretLineTarget(s.src, at, -1);
const down = (s: EditorState, at: number) => caretLineTarget(s.src, at, 1);
const home = (s: EditorState, at: number) => lineSpan(s.src, s.src.lineOf(at)).start;
const end = (s: EditorState, at: number) => lineSpan(s.src, s.src.lineOf(at)).end;

export const CARET_COMMANDS = [
  caretCommand('caret.left', 'ArrowLeft', false, left),
  caretCommand('caret.right', 'ArrowRight', false, right),
  caretCommand('caret.up', 'ArrowUp', false, up),
  caretCommand('caret.down', 'ArrowDown', false, down),
  caretCommand('caret.home', 'Home', false, home),
  caretCommand('caret.end', 'End', false, end),
  caretCommand('caret.extendLeft', 'ArrowLeft', true, left),
  caretCommand('caret.extendRight', 'ArrowRight', true, right),
  caretCommand('caret.extendUp', 'ArrowUp', true, up),
  caretCommand('caret.extendDown', 'ArrowDown', true, down),
];
