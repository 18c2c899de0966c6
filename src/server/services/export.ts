/** The current revision of an issue as a `galley.export/1` document. */
import type { Kysely } from 'kysely';
import type { IssueStatus } from '../../api/contract.ts';
import { toExport } from '../../core/export/index.ts';
import type { GalleyExport } from '../../core/export/index.ts';
import type { Status } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { decodeDoc } from './revision-store.ts';
import { loadSource } from './sources.ts';

/**
 * The export format knows four states; work in progress and sent-back issues are both drafts. Only a
 * frozen approved export (approved-exports.ts) may say 'approved': an approved issue without one (data
 * from before approvals were frozen) exports as it was when submitted.
 */
const EXPORT_STATUS: Record<IssueStatus, Status> = {
  proposed: 'proposed',
  in_progress: 'draft',
  changes_requested: 'draft',
  submitted: 'submitted',
  approved: 'submitted',
};

export async function exportIssue(db: Kysely<Database>, issueId: string): Promise<GalleyExport> {
  const row = await db
    .selectFrom('issues')
    .innerJoin('revisions', (j) =>
      j.onRef('revisions.issue_id', '=', 'issues.id').onRef('revisions.rev', '=', 'issues.current_rev'),
    )
    .select([
      'issues.id',
      'issues.publication',
      'issues.issue_date',
      'issues.edition',
      'issues.filename',
      'issues.sha256',
      'issues.encoding',
      'issues.length',
      'issues.status',
      'revisions.doc',
    ])
    .where('issues.id', '=', issueId)
    .executeTakeFirst();
  if (!row) throw notFound('no such issue');
  const src = await loadSource(db, issueId);
  const meta = {
    id: row.id,
    publication: row.publication,
    date: row.issue_date,
    edition: row.edition,
    source: { filename: row.filename, sha256: row.sha256, encoding: row.encoding, length: row.length },
  };
  return toExport(await decodeDoc(db, issueId, row.doc), src, meta, EXPORT_STATUS[row.status]);
}
