/** `galley serve`: the web app and API on one port, until interrupted. */
import { startServer } from '../../server/start.ts';
import { parseCommandLine, stringOption } from '../args.ts';
import { EXIT_OK, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const portText = stringOption(values, 'port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new UsageError('--port must be a number between 1 and 65535');
  }
  const host = stringOption(values, 'host');
  const server = await startServer({
    log: (line) => io.out(`${line}\n`),
    ...(port ? { port } : {}),
    ...(host ? { host } : {}),
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await server.close();
  return EXIT_OK;
}
