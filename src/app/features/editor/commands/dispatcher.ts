/**
 * One place that turns a key press into a command. Shortcuts of inapplicable commands are ignored;
 * when two applicable commands claim the same chord neither runs, so a clash shows up at once
 * instead of one command silently winning.
 */
import type { EditorState } from '../store.ts';
import { chordFromEvent, chordId, isTypingTarget, parseShortcut, type KeyEventLike } from './shortcuts.ts';
import type { Command, CommandContext } from './types.ts';

export type Match =
  { kind: 'none' } | { kind: 'one'; command: Command } | { kind: 'ambiguous'; ids: string[] };

const chordCache = new WeakMap<Command, string[]>();

function chordsOf(command: Command): string[] {
  let chords = chordCache.get(command);
  if (!chords) {
    chords = command.shortcuts.map((s) => chordId(parseShortcut(s)));
    chordCache.set(command, chords);
  }
  return chords;
}

export function isEnabled(command: Command, state: EditorState): boolean {
  return command.when ? command.when(state) : true;
}

export function matchChord(commands: readonly Command[], chord: string, state: EditorState): Match {
  const hits = commands.filter((c) => chordsOf(c).includes(chord) && isEnabled(c, state));
  if (hits.length === 0) return { kind: 'none' };
  if (hits.length === 1) return { kind: 'one', command: hits[0] as Command };
  return { kind: 'ambiguous', ids: hits.map((c) => c.id) };
}

export interface KeyEventTarget extends KeyEventLike {
  target: EventTarget | null;
  repeat?: boolean;
  preventDefault(): void;
}

/** Handles a keydown; returns the command that ran, if any. */
export function dispatchKey(
  event: KeyEventTarget,
  commands: readonly Command[],
  ctx: CommandContext,
  isMac: boolean,
): Command | null {
  if (isTypingTarget(event.target)) return null;
  const chord = chordFromEvent(event, isMac);
  if (!chord) return null;
  const match = matchChord(commands, chordId(chord), ctx.store.getState());
  if (match.kind === 'ambiguous') {
    event.preventDefault();
    ctx.store
      .getState()
      .notify({ key: 'ambiguousShortcut', vars: { ids: match.ids.join(', ') }, tone: 'error' });
    return null;
  }
  if (match.kind === 'none') return null;
  event.preventDefault();
  match.command.run(ctx);
  return match.command;
}

/** Runs a command from a button or menu, respecting the same applicability as its shortcut. */
export function runCommand(command: Command, ctx: CommandContext, arg?: unknown): boolean {
  if (arg === undefined && !isEnabled(command, ctx.store.getState())) return false;
  command.run(ctx, arg);
  return true;
}
