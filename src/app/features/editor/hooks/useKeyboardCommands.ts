import { useEffect } from 'react';
import { COMMANDS } from '../commands/index.ts';
import { dispatchKey } from '../commands/dispatcher.ts';
import { detectMac } from '../commands/shortcuts.ts';
import type { CommandContext } from '../commands/types.ts';

/** Routes key presses anywhere on the page (outside text fields and dialogs) to the commands. */
export function useKeyboardCommands(ctx: CommandContext): void {
  useEffect(() => {
    const isMac = detectMac();
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal dialog owns the keyboard, except for Escape which the dialog handles itself.
      const target = event.target as Element | null;
      if (target?.closest?.('dialog[open], [role="menu"], [role="listbox"]')) return;
      dispatchKey(event, COMMANDS, ctx, isMac);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}
