/** The reporters index: (issue, name, role) rows for each issue's current revision. */
import type { Kysely } from 'kysely';
import type { ReporterEntry } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { likePattern } from './like.ts';

export async function replaceIssueReporters(
  db: Kysely<Database>,
  issueId: string,
  reporters: { name: string; role: string }[],
): Promise<void> {
  await db.deleteFrom('issue_reporters').where('issue_id', '=', issueId).execute();
  if (reporters.length === 0) return;
  await db
    .insertInto('issue_reporters')
    .values(
      reporters.map((r) => ({ issue_id: issueId, name: r.name.slice(0, 200), role: r.role.slice(0, 64) })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listReporters(
  db: Kysely<Database>,
  query: { q?: string | undefined; limit: number },
): Promise<ReporterEntry[]> {
  let q = db
    .selectFrom('issue_reporters')
    .select((eb) => ['name', 'role', eb.fn.count<string | number>('issue_id').distinct().as('n')])
    .groupBy(['name', 'role']);
  if (query.q) q = q.where((eb) => likePattern(eb, 'name', query.q ?? ''));
  const rows = await q.execute();
  const byName = new Map<string, { roles: Map<string, number>; issues: number }>();
  for (const row of rows) {
    const entry = byName.get(row.name) ?? { roles: new Map(), issues: 0 };
    const n = Number(row.n);
    if (row.role) entry.roles.set(row.role, (entry.roles.get(row.role) ?? 0) + n);
    byName.set(row.name, entry);
  }
  // An issue naming the same reporter with two roles counts once.
  const counts = await issueCounts(db, [...byName.keys()], query.q);
  return [...byName.entries()]
    .map(([name, e]) => ({
      name,
      roles: [...e.roles.entries()].sort((a, b) => b[1] - a[1]).map(([role]) => role),
      count: counts.get(name) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, query.limit);
}

async function issueCounts(
  db: Kysely<Database>,
  names: string[],
  q: string | undefined,
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  let sel = db
    .selectFrom('issue_reporters')
    .select((eb) => ['name', eb.fn.count<string | number>('issue_id').distinct().as('n')])
    .groupBy('name');
  if (q) sel = sel.where((eb) => likePattern(eb, 'name', q));
  const rows = await sel.execute();
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}
