/** The reporters index: (issue, name, role) rows for each issue's current revision. */
import type { Kysely } from 'kysely';
import type { ReporterEntry } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { IssueCache } from './issue-cache.ts';
import { likePattern } from './like.ts';

interface Row {
  name: string;
  role: string;
}

/** The rows as stored: cut to the column limits, each (name, role) once. */
function rowsOf(reporters: Row[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const r of reporters) {
    const row = { name: r.name.slice(0, 200), role: r.role.slice(0, 64) };
    rows.set(`${row.name}\u0000${row.role}`, row);
  }
  return rows;
}

export async function replaceIssueReporters(
  db: Kysely<Database>,
  issueId: string,
  reporters: Row[],
): Promise<void> {
  await db.deleteFrom('issue_reporters').where('issue_id', '=', issueId).execute();
  await insertRows(db, issueId, [...rowsOf(reporters).values()]);
}

async function insertRows(db: Kysely<Database>, issueId: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('issue_reporters')
    .values(rows.map((r) => ({ issue_id: issueId, ...r })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * The index rows each issue had at a revision this process wrote. The rows are a function of the
 * revision's document and are only ever written together with the bump to that revision, so when
 * a save's base revision is the one remembered, the table holds exactly these rows.
 */
const written = new IssueCache<{ rev: number; rows: Map<string, Row> }>(500_000, (w) => w.rows.size + 1);

/**
 * Brings the index from the base revision's rows to these: an autosave rarely changes a byline, so
 * usually nothing is written. Without a remembered base, replaces them all. Call inside the save's
 * transaction, and rememberIssueReporters after it commits.
 */
export async function updateIssueReporters(
  db: Kysely<Database>,
  issueId: string,
  baseRev: number,
  reporters: Row[],
): Promise<void> {
  const before = written.get(issueId);
  if (!before || before.rev !== baseRev) {
    await replaceIssueReporters(db, issueId, reporters);
    return;
  }
  const after = rowsOf(reporters);
  const gone = [...before.rows].filter(([key]) => !after.has(key)).map(([, r]) => r);
  const added = [...after].filter(([key]) => !before.rows.has(key)).map(([, r]) => r);
  for (const r of gone) {
    await db
      .deleteFrom('issue_reporters')
      .where('issue_id', '=', issueId)
      .where('name', '=', r.name)
      .where('role', '=', r.role)
      .execute();
  }
  await insertRows(db, issueId, added);
}

export function rememberIssueReporters(issueId: string, rev: number, reporters: Row[]): void {
  written.set(issueId, { rev, rows: rowsOf(reporters) });
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
