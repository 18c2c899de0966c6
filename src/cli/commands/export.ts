/** `galley export`: write issues' exports and sources to a folder or a .zip, for nightly jobs. */
import { ISSUE_STATUSES } from '../../api/contract.ts';
import type { IssueStatus } from '../../api/contract.ts';
import { defaultDatabaseOptions, migrate, openDatabase } from '../../server/db/connect.ts';
import { HttpError } from '../../server/errors.ts';
import { recordAudit } from '../../server/services/audit.ts';
import { writeRelease } from '../../server/services/release-files.ts';
import { selectRelease } from '../../server/services/release.ts';
import { parseCommandLine, stringOption } from '../args.ts';
import { EXIT_OK, InputError, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    status: { type: 'string' },
    since: { type: 'string' },
    publication: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const out = stringOption(values, 'out');
  if (!out) throw new UsageError('--out DIR|FILE.zip|FILE.jsonl is required');
  const status = (stringOption(values, 'status') ?? 'approved') as IssueStatus;
  if (!ISSUE_STATUSES.includes(status))
    throw new UsageError(`--status must be one of ${ISSUE_STATUSES.join(', ')}`);
  const sinceText = stringOption(values, 'since');
  const sinceMs = sinceText === undefined ? undefined : Date.parse(sinceText);
  if (sinceMs !== undefined && Number.isNaN(sinceMs)) {
    throw new UsageError('--since must be a date (YYYY-MM-DD) or an ISO 8601 timestamp');
  }
  for (const name of ['from', 'to']) {
    const v = stringOption(values, name);
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v))
      throw new UsageError(`--${name} must be YYYY-MM-DD`);
  }

  const { db, close } = await openDatabase(defaultDatabaseOptions());
  try {
    await migrate(db);
    const ids = await selectRelease(db, {
      status,
      since: sinceMs === undefined ? undefined : new Date(sinceMs).toISOString(),
      publication: stringOption(values, 'publication'),
      from: stringOption(values, 'from'),
      to: stringOption(values, 'to'),
    });
    const now = Date.now();
    const createdAt = new Date(now).toISOString();
    const written = await writeRelease(db, ids, out, { createdAt, status });
    await recordAudit(db, {
      action: 'release',
      actorId: null,
      ip: null,
      now,
      details: {
        via: 'cli',
        status,
        since: sinceText ?? null,
        issues: ids.length,
        out,
        target: written.target,
      },
    });
    io.out(
      `Exported ${ids.length} ${status} issue${ids.length === 1 ? '' : 's'} to ${out} (${written.files} file${written.files === 1 ? '' : 's'}).\n`,
    );
    return EXIT_OK;
  } catch (err) {
    if (err instanceof HttpError) throw new InputError(err.message);
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      throw new InputError(`cannot write ${out}: ${err.message}`);
    }
    throw err;
  } finally {
    await close();
  }
}
