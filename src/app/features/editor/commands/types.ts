import type { EditorState, EditorStoreApi } from '../store.ts';

/** What a command may reach besides the store: effects that live outside the document. */
export interface CommandServices {
  saveNow?: () => void;
  download?: () => void;
}

export interface CommandContext {
  store: EditorStoreApi;
  services: CommandServices;
}

/**
 * How a command enters the undo history:
 * - 'step': every run is one undo step;
 * - 'merge': runs close together in the same field merge into one step (typing);
 * - 'history': it is undo or redo itself;
 * - 'none': it only moves the selection, the view or the caret and leaves the redo stack alone.
 */
export type UndoBehaviour = 'step' | 'merge' | 'history' | 'none';

export type CommandGroup = 'history' | 'boundary' | 'article' | 'role' | 'link' | 'caret' | 'view';

export interface Command {
  id: string;
  /** Key in the editor's i18n bundle, under `commands.`. */
  labelKey: string;
  group: CommandGroup;
  /** Default shortcuts, e.g. 'Mod+Shift+Z'. */
  shortcuts: string[];
  undo: UndoBehaviour;
  /** Whether the command applies right now; shortcuts and menu entries of inapplicable commands are ignored. */
  when?: (state: EditorState) => boolean;
  run: (ctx: CommandContext, arg?: unknown) => void;
}

export function defineCommand(command: Command): Command {
  return command;
}
