/** The editor store and command context for the components of one open issue. */
import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import { commandById } from './commands/index.ts';
import { isEnabled, runCommand } from './commands/dispatcher.ts';
import type { CommandContext } from './commands/types.ts';
import type { EditorStore, EditorStoreApi } from './store.ts';

export const EditorContext = createContext<CommandContext | null>(null);

export function useCommandContext(): CommandContext {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('Editor components must be inside EditorContext');
  return ctx;
}

export function useEditorStore(): EditorStoreApi {
  return useCommandContext().store;
}

/** Subscribe to a slice of the editor; selectors must return primitives or stable references. */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorStore(), selector);
}

/** Run a command by id (buttons and menus). */
export function useRunCommand(): (id: string, arg?: unknown) => void {
  const ctx = useCommandContext();
  return useCallback((id: string, arg?: unknown) => void runCommand(commandById(id), ctx, arg), [ctx]);
}

/** Whether a command applies now (to disable its button). */
export function useCommandEnabled(id: string): boolean {
  const command = commandById(id);
  return useEditor((s) => isEnabled(command, s));
}
