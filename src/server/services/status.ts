/** Status transitions. Conditional updates, so two people acting at once cannot skip a state. */
import type { Kysely } from 'kysely';
import type { IssueStatus } from '../../api/contract.ts';
import type { AuthUser } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { isoNow } from '../util.ts';

const SUBMITTABLE: IssueStatus[] = ['proposed', 'in_progress', 'changes_requested'];

export async function submitIssue(
  db: Kysely<Database>,
  issueId: string,
  user: AuthUser,
  now: number,
): Promise<void> {
  const result = await db
    .updateTable('issues')
    .set({ status: 'submitted', updated_at: isoNow(now), updated_by: user.id })
    .where('id', '=', issueId)
    .where('status', 'in', SUBMITTABLE)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const row = await db.selectFrom('issues').select('status').where('id', '=', issueId).executeTakeFirst();
  if (!row) throw notFound('no such issue');
  // Submitting twice (a double click, a retry) is not an error.
  if (row.status === 'submitted') return;
  throw new HttpError(409, 'invalid-transition', `an issue that is ${row.status} cannot be submitted`);
}
