/** `galley import DIR|FILES…`: batch import into the server's database, with a summary at the end. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileResult } from '../../api/contract.ts';
import { defaultDatabaseOptions, migrate, openDatabase } from '../../server/db/connect.ts';
import { importIssue } from '../../server/services/import.ts';
import { parseCommandLine, stringOption } from '../args.ts';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

/** Every .txt under the given directories (recursively, sorted), and the given files as they are. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) out.push(full);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing file is reported as a failed import below, with the others still imported.
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

function bar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    publication: { type: 'string' },
    encoding: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('missing DIR or FILE');
  const files = collectFiles(positionals);
  if (files.length === 0) throw new UsageError('no .txt files found');
  const tty = Boolean(process.stderr.isTTY);

  const { db, close } = await openDatabase(defaultDatabaseOptions());
  const counts = { imported: 0, duplicate: 0, error: 0 };
  try {
    await migrate(db);
    for (const [i, file] of files.entries()) {
      let result: ImportFileResult;
      try {
        const bytes = new Uint8Array(readFileSync(file));
        result = await importIssue(
          db,
          {
            filename: file.split(/[\\/]/).pop() ?? file,
            bytes,
            encoding: stringOption(values, 'encoding'),
            publication: stringOption(values, 'publication'),
          },
          { userId: null },
        );
      } catch (err) {
        const message =
          (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : String((err as Error).message ?? err);
        result = { filename: file, status: 'error', error: { code: 'unreadable', message } };
      }
      const status = result.status === 'preview' ? 'imported' : result.status;
      counts[status]++;
      const detail =
        result.status === 'error'
          ? `error: ${result.error?.message ?? ''}`
          : result.status === 'duplicate'
            ? `duplicate of ${result.issueId}`
            : `imported as ${result.issueId} (${result.encoding})`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${bar(i + 1, files.length)} ${file}`);
        if (result.status === 'error') process.stderr.write(`\r\x1b[2K${file}: ${detail}\n`);
      } else {
        io.err(`${file}: ${detail}\n`);
      }
    }
  } finally {
    await close();
  }
  if (tty) process.stderr.write('\r\x1b[2K');
  io.out(
    `${counts.imported} imported, ${counts.duplicate} duplicate${counts.duplicate === 1 ? '' : 's'}, ${counts.error} failed\n`,
  );
  return counts.error > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
