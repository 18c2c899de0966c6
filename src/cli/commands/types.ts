import type { Io } from '../io.ts';

export interface Command {
  /** One line for `galley help`. */
  summary: string;
  /** The synopsis and options, printed by `galley COMMAND --help` and after a usage error. */
  usage: string;
  /** Resolves to the exit code: 0 success, 1 bad input (InputError), 2 usage (UsageError). */
  run(argv: string[], io: Io): Promise<number>;
}

/** What a command module exports; the registry imports it only when the command runs. */
export interface CommandModule {
  run(argv: string[], io: Io): Promise<number>;
}

/** A registry entry whose module loads on first use, so `segment` never loads the server or database. */
export function lazyCommand(summary: string, usage: string, load: () => Promise<CommandModule>): Command {
  return { summary, usage, run: async (argv, io) => (await load()).run(argv, io) };
}
