/** First start: an admin account when there is none, and the sample issue when the archive is empty. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { randomPassword } from '../auth/passwords.ts';
import type { Database } from '../db/schema.ts';
import { HttpError } from '../errors.ts';
import { importIssue } from './import.ts';
import { countUsers, createUser } from './users.ts';

export interface BootstrapResult {
  /** Set when this call created the admin; the password is shown once and never stored in clear. */
  admin: { username: string; password: string; generated: boolean } | null;
  samplesImported: string[];
}

export async function bootstrap(
  db: Kysely<Database>,
  options: { adminPassword?: string | undefined; samplesDir?: string | null },
): Promise<BootstrapResult> {
  const result: BootstrapResult = { admin: null, samplesImported: [] };
  if ((await countUsers(db)) === 0) {
    const password = options.adminPassword || randomPassword();
    try {
      await createUser(db, { username: 'admin', displayName: 'Administrator', role: 'admin', password });
      result.admin = { username: 'admin', password, generated: !options.adminPassword };
    } catch (err) {
      // Another server process sharing the database created it first.
      if (!(err instanceof HttpError && err.code === 'username-taken')) throw err;
    }
  }
  const issues = await db.selectFrom('issues').select('id').limit(1).execute();
  if (issues.length === 0 && options.samplesDir) {
    let names: string[];
    try {
      names = readdirSync(options.samplesDir).filter((n) => n.toLowerCase().endsWith('.txt'));
    } catch {
      // No samples folder (e.g. an installed copy without public/): start with an empty archive.
      names = [];
    }
    for (const name of names.sort()) {
      const bytes = new Uint8Array(readFileSync(join(options.samplesDir, name)));
      const r = await importIssue(db, { filename: name, bytes }, { userId: null });
      if (r.status === 'imported') result.samplesImported.push(name);
    }
  }
  return result;
}
