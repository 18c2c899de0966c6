/** Every command the editor has; buttons, menus, keys and the shortcut overlay all read this list. */
import { ARTICLE_COMMANDS } from './articleCommands.ts';
import { BOUNDARY_COMMANDS } from './boundaryCommands.ts';
import { CARET_COMMANDS } from './caretCommands.ts';
import { setFieldCommand } from './fieldCommands.ts';
import { HISTORY_COMMANDS } from './historyCommands.ts';
import { LINK_COMMANDS } from './linkCommands.ts';
import { ROLE_COMMANDS, unassignCommand } from './roleCommands.ts';
import type { Command } from './types.ts';
import { VIEW_COMMANDS } from './viewCommands.ts';

export const COMMANDS: readonly Command[] = [
  ...HISTORY_COMMANDS,
  ...BOUNDARY_COMMANDS,
  ...ARTICLE_COMMANDS,
  setFieldCommand,
  ...ROLE_COMMANDS,
  unassignCommand,
  ...LINK_COMMANDS,
  ...CARET_COMMANDS,
  ...VIEW_COMMANDS,
];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function commandById(id: string): Command {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`No command ${id}`);
  return command;
}
