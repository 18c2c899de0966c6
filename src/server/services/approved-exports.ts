/** Reading the frozen approved exports. There is deliberately no function here that changes one. */
import type { Kysely } from 'kysely';
import type { ApprovedExport } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';

function summaryQuery(db: Kysely<Database>, issueId: string) {
  return db
    .selectFrom('approved_exports')
    .innerJoin('users', 'users.id', 'approved_exports.approved_by')
    .select([
      'approved_exports.version',
      'approved_exports.rev',
      'approved_exports.sha256',
      'approved_exports.bytes',
      'approved_exports.approved_at',
      'users.username',
      'users.display_name',
    ])
    .where('approved_exports.issue_id', '=', issueId);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): ApprovedExport {
  return {
    version: r.version,
    revision: r.rev,
    sha256: r.sha256,
    bytes: r.bytes,
    approvedBy: { username: r.username, displayName: r.display_name },
    approvedAt: r.approved_at,
  };
}

export async function listApprovedExports(db: Kysely<Database>, issueId: string): Promise<ApprovedExport[]> {
  const issue = await db.selectFrom('issues').select('id').where('id', '=', issueId).executeTakeFirst();
  if (!issue) throw notFound('no such issue');
  const rows = await summaryQuery(db, issueId).orderBy('approved_exports.version', 'desc').execute();
  return rows.map(toSummary);
}

export interface StoredExport extends ApprovedExport {
  /** The export JSON exactly as frozen. */
  content: string;
}

/** One version, or the newest when `version` is null. */
export async function getApprovedExport(
  db: Kysely<Database>,
  issueId: string,
  version: number | null,
): Promise<StoredExport> {
  let q = summaryQuery(db, issueId).select('approved_exports.content');
  q =
    version === null
      ? q.orderBy('approved_exports.version', 'desc').limit(1)
      : q.where('approved_exports.version', '=', version);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound(version === null ? 'this issue has no approved export' : 'no such export version');
  return { ...toSummary(row), content: row.content };
}

/** The newest frozen export of an approved issue, or null when the issue is not approved or has none. */
export async function currentApprovedContent(db: Kysely<Database>, issueId: string): Promise<string | null> {
  const row = await db
    .selectFrom('approved_exports')
    .innerJoin('issues', 'issues.id', 'approved_exports.issue_id')
    .select('approved_exports.content')
    .where('approved_exports.issue_id', '=', issueId)
    .where('issues.status', '=', 'approved')
    .orderBy('approved_exports.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.content ?? null;
}
