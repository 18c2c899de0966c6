/**
 * Status transitions. Every one is a conditional update inside a transaction together with what it
 * writes (submission, comment, frozen export, audit entry), so two people acting at once cannot skip
 * a state and a refused transition leaves no trace but its error.
 *
 *   proposed ─save→ in_progress ─submit→ submitted ─approve→ approved ─reopen→ in_progress
 *                         ↑                  └─request-changes→ changes_requested ─save→ ┘
 */
import type { Kysely } from 'kysely';
import type { ApprovedExport, Comment, IssueStatus } from '../../api/contract.ts';
import { diffDocs } from '../../core/diff/index.ts';
import { toExport } from '../../core/export/index.ts';
import type { Doc } from '../../core/model.ts';
import type { AuthUser } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { isoNow, newId, sha256Hex } from '../util.ts';
import { approvalBlockers } from './approval.ts';
import { recordAudit } from './audit.ts';
import type { AuditSource } from './audit.ts';
import { insertComment } from './comments.ts';
import { readDoc } from './revision-store.ts';
import { loadSource } from './sources.ts';

/** Statuses in which the document can be saved; the others are read-only. */
export const EDITABLE: readonly IssueStatus[] = ['proposed', 'in_progress', 'changes_requested'];
const SUBMITTABLE = EDITABLE;

const VERB: Record<string, string> = {
  submit: 'submitted',
  approve: 'approved',
  'request-changes': 'sent back for changes',
  reopen: 'reopened',
};

export function readOnlyError(status: IssueStatus): HttpError {
  const message =
    status === 'approved'
      ? 'this issue is approved and read-only; a supervisor can reopen it'
      : 'this issue is submitted for review and read-only; a supervisor can request changes to send it back';
  return new HttpError(409, 'read-only', message, { details: { status } });
}

async function statusOf(db: Kysely<Database>, issueId: string): Promise<IssueStatus> {
  const row = await db.selectFrom('issues').select('status').where('id', '=', issueId).executeTakeFirst();
  if (!row) throw notFound('no such issue');
  return row.status;
}

function invalidTransition(status: IssueStatus, action: string): HttpError {
  return new HttpError(409, 'invalid-transition', `an issue that is ${status} cannot be ${VERB[action]}`, {
    details: { status },
  });
}

function docAt(db: Kysely<Database>, issueId: string, rev: number): Promise<Doc> {
  return readDoc(db, issueId, rev);
}

export interface EditorRef {
  id: string;
  username: string;
  displayName: string;
}

/** Everyone who saved (or restored) a revision of the issue, in order of their first save. */
export async function editorsOf(db: Kysely<Database>, issueId: string): Promise<EditorRef[]> {
  const rows = await db
    .selectFrom('revisions')
    .innerJoin('users', 'users.id', 'revisions.author_id')
    .select(['users.id', 'users.username', 'users.display_name'])
    .where('revisions.issue_id', '=', issueId)
    .where('revisions.kind', '!=', 'proposal')
    .orderBy('revisions.rev')
    .execute();
  const seen = new Map<string, EditorRef>();
  for (const r of rows) {
    if (!seen.has(r.id)) seen.set(r.id, { id: r.id, username: r.username, displayName: r.display_name });
  }
  return [...seen.values()];
}

interface Acting {
  issueId: string;
  user: AuthUser;
  source: AuditSource;
  now: number;
}

/** proposed | in_progress | changes_requested → submitted; submitting again is a no-op. */
export async function submitIssue(
  db: Kysely<Database>,
  input: Acting & { message?: string | undefined },
): Promise<void> {
  const { issueId, user, now } = input;
  const issue = await db
    .selectFrom('issues')
    .select(['status', 'current_rev'])
    .where('id', '=', issueId)
    .executeTakeFirst();
  if (!issue) throw notFound('no such issue');
  // Submitting twice (a double click, a retry) is not an error.
  if (issue.status === 'submitted') return;
  if (!SUBMITTABLE.includes(issue.status)) throw invalidTransition(issue.status, 'submit');

  const [proposal, current, src] = await Promise.all([
    docAt(db, issueId, 0),
    docAt(db, issueId, issue.current_rev),
    loadSource(db, issueId),
  ]);
  const { changes, figures } = diffDocs(proposal, current, src);
  const at = isoNow(now);
  const submissionId = newId();
  const message = input.message?.trim() || null;

  const done = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('issues')
      .set({
        status: 'submitted',
        submitted_at: at,
        submission_id: submissionId,
        updated_at: at,
        updated_by: user.id,
      })
      .where('id', '=', issueId)
      .where('status', 'in', SUBMITTABLE)
      .where('current_rev', '=', issue.current_rev)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await trx
      .insertInto('submissions')
      .values({
        id: submissionId,
        issue_id: issueId,
        rev: issue.current_rev,
        user_id: user.id,
        message,
        submitted_at: at,
        figures: JSON.stringify(figures),
        change_count: changes.length,
        proposal_articles: figures.proposalArticles,
        boundaries_changed: figures.boundariesChanged,
      })
      .execute();
    if (message) await insertComment(trx, { issueId, kind: 'submit', body: message }, user, now);
    await recordAudit(trx, {
      action: 'submit',
      ...input.source,
      issueId,
      now,
      details: {
        revision: issue.current_rev,
        changes: changes.length,
        boundariesChanged: figures.boundariesChanged,
      },
    });
    return true;
  });
  if (done) return;
  // Somebody saved or submitted in between: judge again from where the issue is now.
  const status = await statusOf(db, issueId);
  if (status === 'submitted') return;
  if (SUBMITTABLE.includes(status))
    throw new HttpError(409, 'invalid-transition', 'the issue changed; try again');
  throw invalidTransition(status, 'submit');
}

export interface ApproveResult {
  export: ApprovedExport;
  comment: Comment | null;
}

/**
 * submitted → approved. Validates the current revision, freezes its export (status 'approved', with
 * the approval) as the issue's next version, and records who approved it.
 */
export async function approveIssue(
  db: Kysely<Database>,
  input: Acting & { note?: string | undefined; forbidSelfApproval: boolean },
): Promise<ApproveResult> {
  const { issueId, user, now } = input;
  const issue = await db.selectFrom('issues').selectAll().where('id', '=', issueId).executeTakeFirst();
  if (!issue) throw notFound('no such issue');
  if (issue.status !== 'submitted') throw invalidTransition(issue.status, 'approve');
  const editors = await editorsOf(db, issueId);
  if (input.forbidSelfApproval && editors.some((e) => e.id === user.id)) {
    throw new HttpError(403, 'self-approval', 'you edited this issue: another supervisor must approve it');
  }

  const [doc, src] = await Promise.all([docAt(db, issueId, issue.current_rev), loadSource(db, issueId)]);
  const approvedAt = isoNow(now);
  const meta = {
    id: issue.id,
    publication: issue.publication,
    date: issue.issue_date,
    edition: issue.edition,
    source: {
      filename: issue.filename,
      sha256: issue.sha256,
      encoding: issue.encoding,
      length: issue.length,
    },
  };
  const exp = toExport(doc, src, meta, 'approved', {
    approval: { approvedBy: user.username, approvedAt, editors: editors.map((e) => e.username) },
  });
  const blockers = approvalBlockers(doc, src, exp);
  if (blockers.length > 0) {
    throw new HttpError(422, 'approval-blocked', `${blockers.length} problem(s) block approval`, {
      details: blockers,
    });
  }
  const content = JSON.stringify(exp, null, 2);
  const sha256 = sha256Hex(content);
  const bytes = Buffer.byteLength(content, 'utf8');
  const note = input.note?.trim() || null;

  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('issues')
      .set({ status: 'approved', updated_at: approvedAt, updated_by: user.id })
      .where('id', '=', issueId)
      .where('status', '=', 'submitted')
      .where('current_rev', '=', issue.current_rev)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw invalidTransition(await statusOf(trx, issueId), 'approve');
    const last = await trx
      .selectFrom('approved_exports')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('issue_id', '=', issueId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await trx
      .insertInto('approved_exports')
      .values({
        issue_id: issueId,
        version,
        rev: issue.current_rev,
        content,
        sha256,
        bytes,
        approved_by: user.id,
        approved_at: approvedAt,
        editors: JSON.stringify(editors.map((e) => e.username)),
      })
      .execute();
    const comment = note
      ? await insertComment(trx, { issueId, kind: 'approve', body: note }, user, now)
      : null;
    await recordAudit(trx, {
      action: 'approve',
      ...input.source,
      issueId,
      now,
      details: { revision: issue.current_rev, version, sha256 },
    });
    return {
      export: {
        version,
        revision: issue.current_rev,
        sha256,
        bytes,
        approvedBy: { username: user.username, displayName: user.displayName },
        approvedAt,
      },
      comment,
    };
  });
}

/** submitted → changes_requested, with the supervisor's (required) comment. */
export async function requestChanges(
  db: Kysely<Database>,
  input: Acting & {
    comment: string;
    articleId?: string | null | undefined;
    line?: number | null | undefined;
  },
): Promise<Comment> {
  const { issueId, user, now } = input;
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('issues')
      .set({ status: 'changes_requested', updated_at: isoNow(now), updated_by: user.id })
      .where('id', '=', issueId)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw invalidTransition(await statusOf(trx, issueId), 'request-changes');
    }
    const comment = await insertComment(
      trx,
      { issueId, kind: 'request-changes', body: input.comment, articleId: input.articleId, line: input.line },
      user,
      now,
    );
    await recordAudit(trx, {
      action: 'request-changes',
      ...input.source,
      issueId,
      now,
      details: { commentId: comment.id },
    });
    return comment;
  });
}

/** approved → in_progress. The approved exports stay; the next approval adds a version. */
export async function reopenIssue(
  db: Kysely<Database>,
  input: Acting & { reason: string },
): Promise<Comment> {
  const { issueId, user, now } = input;
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('issues')
      .set({ status: 'in_progress', updated_at: isoNow(now), updated_by: user.id })
      .where('id', '=', issueId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw invalidTransition(await statusOf(trx, issueId), 'reopen');
    const comment = await insertComment(trx, { issueId, kind: 'reopen', body: input.reason }, user, now);
    await recordAudit(trx, {
      action: 'reopen',
      ...input.source,
      issueId,
      now,
      details: { reason: input.reason, commentId: comment.id },
    });
    return comment;
  });
}
