/**
 * The revision chain. A save names the revision it was based on; the insert of (issue_id, base+1)
 * and the conditional bump of issues.current_rev happen in one transaction, so two concurrent saves
 * on the same base cannot both win (the primary key refuses the second). Saves are idempotent per
 * (issue, saveId): a retry gets the revision its first attempt created.
 */
import type { Kysely } from 'kysely';
import type { RevisionSummary, StaleResponse } from '../../api/contract.ts';
import type { Doc } from '../../core/model.ts';
import type { AuthUser } from '../context.ts';
import { isUniqueViolation } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { isoNow } from '../util.ts';
import { recordAudit } from './audit.ts';
import { applyChanges, parseDoc, rememberSaved, savedRevision } from './doc-parse.ts';
import type { DocChanges, ParsedDoc } from './doc-parse.ts';
import { docInfo } from './docinfo.ts';
import { rememberIssueReporters, updateIssueReporters } from './reporters.ts';
import { decodeDoc, encodeDoc, readDoc, rememberStored } from './revision-store.ts';
import { loadSource } from './sources.ts';
import { EDITABLE, readOnlyError } from './status.ts';
import { userRef } from './users.ts';
import { validateParsed } from './validate.ts';

export interface SaveInput {
  issueId: string;
  baseRev: number;
  /** From parseDoc or parseChanges: already checked against the schema. */
  doc: ParsedDoc | DocChanges;
  saveId: string;
  user: AuthUser;
  restoredFrom?: number | null;
  now?: number;
  /** The client address for the audit log (null from the CLI or scripts). */
  ip?: string | null;
}

async function revisionBySaveId(
  db: Kysely<Database>,
  issueId: string,
  saveId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('revisions')
    .select('rev')
    .where('issue_id', '=', issueId)
    .where('save_id', '=', saveId)
    .executeTakeFirst();
  return row ? row.rev : null;
}

async function staleError(db: Kysely<Database>, issueId: string): Promise<HttpError> {
  const row = await db
    .selectFrom('issues')
    .innerJoin('revisions', (j) =>
      j.onRef('revisions.issue_id', '=', 'issues.id').onRef('revisions.rev', '=', 'issues.current_rev'),
    )
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .select([
      'revisions.rev',
      'revisions.doc',
      'revisions.created_at',
      'users.username',
      'users.display_name',
    ])
    .where('issues.id', '=', issueId)
    .executeTakeFirst();
  if (!row) return notFound('no such issue');
  const current: StaleResponse['current'] = {
    revision: row.rev,
    doc: await decodeDoc(db, issueId, row.doc),
    author: userRef(row.username, row.display_name),
    at: row.created_at,
  };
  return new HttpError(412, 'stale', `revision ${row.rev} was saved in the meantime`, { extra: { current } });
}

export async function saveRevision(db: Kysely<Database>, input: SaveInput): Promise<{ revision: number }> {
  const { issueId, baseRev, saveId, user } = input;
  const retried = await revisionBySaveId(db, issueId, saveId);
  if (retried !== null) return { revision: retried };

  const issue = await db
    .selectFrom('issues')
    .select(['current_rev', 'status', 'assignee_id'])
    .where('id', '=', issueId)
    .executeTakeFirst();
  if (!issue) throw notFound('no such issue');
  if (!EDITABLE.includes(issue.status)) throw readOnlyError(issue.status);
  if (issue.current_rev !== baseRev) {
    // A retry racing its own first attempt: that attempt may have committed since the check above.
    const committed = await revisionBySaveId(db, issueId, saveId);
    if (committed !== null) return { revision: committed };
    throw await staleError(db, issueId);
  }

  const src = await loadSource(db, issueId);
  const parsed = 'items' in input.doc ? await withChanges(db, input.doc, baseRev) : input.doc;
  const { doc } = parsed;
  const problems = validateParsed(parsed, src);
  if (problems.length > 0) {
    throw new HttpError(422, 'invalid-document', 'the document does not fit its source text', {
      details: problems,
    });
  }
  const info = docInfo(
    doc,
    src,
    issueId,
    parsed.entries.map((e) => e.json),
  );
  const stored = encodeDoc(parsed);
  const rev = baseRev + 1;
  const at = isoNow(input.now);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('revisions')
        .values({
          issue_id: issueId,
          rev,
          kind: input.restoredFrom != null ? 'restore' : 'edit',
          doc: stored.json,
          suggestions: null,
          author_id: user.id,
          created_at: at,
          base_rev: baseRev,
          restored_from: input.restoredFrom ?? null,
          save_id: saveId,
          article_count: info.articleCount,
          flag_count: info.flagCount,
        })
        .execute();
      const updated = await trx
        .updateTable('issues')
        .set((eb) => ({
          current_rev: rev,
          // The first edit starts the work, and the first edit after a send-back resumes it.
          status: eb
            .case()
            .when('status', 'in', ['proposed', 'changes_requested'])
            .then('in_progress' as const)
            .else(eb.ref('status'))
            .end(),
          assignee_id: eb.fn.coalesce('assignee_id', eb.val(user.id)),
          article_count: info.articleCount,
          flag_count: info.flagCount,
          search_text: info.searchText,
          updated_at: at,
          updated_by: user.id,
        }))
        .where('id', '=', issueId)
        .where('current_rev', '=', baseRev)
        .where('status', 'in', EDITABLE)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new StaleRace();
      await updateIssueReporters(trx, issueId, baseRev, info.reporters);
      await recordAudit(trx, {
        action: input.restoredFrom != null ? 'restore' : 'save',
        actorId: user.id,
        ip: input.ip ?? null,
        issueId,
        now: input.now,
        details:
          input.restoredFrom != null
            ? { revision: rev, restoredFrom: input.restoredFrom }
            : { revision: rev },
      });
    });
  } catch (err) {
    if (err instanceof StaleRace || isUniqueViolation(err)) {
      // Either our own retry won the race (same saveId) or another save did (stale).
      const winner = await revisionBySaveId(db, issueId, saveId);
      if (winner !== null) return { revision: winner };
      const status = await db
        .selectFrom('issues')
        .select('status')
        .where('id', '=', issueId)
        .executeTakeFirst();
      if (status && !EDITABLE.includes(status.status)) throw readOnlyError(status.status);
      throw await staleError(db, issueId);
    }
    throw err;
  }
  rememberSaved(parsed, rev);
  rememberStored(parsed, rev, stored);
  rememberIssueReporters(issueId, rev, info.reporters);
  return { revision: rev };
}

class StaleRace extends Error {}

/** The document that changes make of the base revision (from memory when this process saved it). */
async function withChanges(db: Kysely<Database>, changes: DocChanges, baseRev: number): Promise<ParsedDoc> {
  const base =
    savedRevision(changes.issueId, baseRev) ??
    parseDoc(await readDoc(db, changes.issueId, baseRev), changes.issueId);
  return applyChanges(changes, base, baseRev);
}

function toSummary(row: {
  rev: number;
  kind: RevisionSummary['kind'];
  created_at: string;
  base_rev: number | null;
  restored_from: number | null;
  article_count: number;
  flag_count: number;
  username: string | null;
  display_name: string | null;
}): RevisionSummary {
  return {
    rev: row.rev,
    kind: row.kind,
    author: userRef(row.username, row.display_name),
    createdAt: row.created_at,
    baseRev: row.base_rev,
    restoredFrom: row.restored_from,
    articleCount: row.article_count,
    flagCount: row.flag_count,
  };
}

function revisionQuery(db: Kysely<Database>, issueId: string) {
  return db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .select([
      'revisions.rev',
      'revisions.kind',
      'revisions.created_at',
      'revisions.base_rev',
      'revisions.restored_from',
      'revisions.article_count',
      'revisions.flag_count',
      'users.username',
      'users.display_name',
    ])
    .where('revisions.issue_id', '=', issueId);
}

async function assertIssue(db: Kysely<Database>, issueId: string): Promise<void> {
  const row = await db.selectFrom('issues').select('id').where('id', '=', issueId).executeTakeFirst();
  if (!row) throw notFound('no such issue');
}

export async function listRevisions(db: Kysely<Database>, issueId: string): Promise<RevisionSummary[]> {
  await assertIssue(db, issueId);
  const rows = await revisionQuery(db, issueId).orderBy('revisions.rev', 'desc').execute();
  return rows.map(toSummary);
}

export async function getRevision(
  db: Kysely<Database>,
  issueId: string,
  rev: number,
): Promise<{ revision: RevisionSummary; doc: Doc }> {
  const row = await revisionQuery(db, issueId)
    .select('revisions.doc')
    .where('revisions.rev', '=', rev)
    .executeTakeFirst();
  if (!row) throw notFound('no such revision');
  return { revision: toSummary(row), doc: await decodeDoc(db, issueId, row.doc) };
}

/** Restoring is saving the old document again as a new revision (history is never rewritten). */
export async function restoreRevision(
  db: Kysely<Database>,
  input: Omit<SaveInput, 'doc' | 'restoredFrom'> & { rev: number },
): Promise<{ revision: number }> {
  const retried = await revisionBySaveId(db, input.issueId, input.saveId);
  if (retried !== null) return { revision: retried };
  const { doc } = await getRevision(db, input.issueId, input.rev);
  return saveRevision(db, { ...input, doc: parseDoc(doc, input.issueId), restoredFrom: input.rev });
}
