/**
 * The `galley` command: `galley COMMAND [ARGS…]`. Exit codes: 0 success, 1 bad input (one line on
 * stderr says why), 2 usage error (usage on stderr).
 */
import { pathToFileURL } from 'node:url';
import { wantsHelp } from './args.ts';
import { commands } from './commands/index.ts';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  UsageError,
  oneLine,
  processIo,
  type Io,
} from './io.ts';

export function overview(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: galley COMMAND [ARGS…]

Commands:
${lines.join('\n')}

Run "galley COMMAND --help" for a command's options.
`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands[topic];
    if (topic !== undefined && !command) {
      io.err(`galley: unknown command ${JSON.stringify(topic)}\n\n${overview()}`);
      return EXIT_USAGE;
    }
    io.out(command ? `${command.usage}\n` : overview());
    return EXIT_OK;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`galley: unknown command ${JSON.stringify(name)}\n\n${overview()}`);
    return EXIT_USAGE;
  }
  if (wantsHelp(rest)) {
    io.out(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`galley ${name}: ${oneLine(e.message)}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.err(`galley ${name}: ${oneLine(e.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    // A bug, not bad input: still one line unless asked for the stack.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`galley ${name}: internal error: ${oneLine(message)}\n`);
    if (process.env.GALLEY_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Runs the command line of this process: `galley … | head` must end quietly, not with an EPIPE trace. */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(argv);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isEntryPoint()) await runCli();
