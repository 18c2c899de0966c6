/** What supervisors review: the queue of submitted issues, and one issue's review data. */
import type { Kysely } from 'kysely';
import type { DiffFiguresBody, ReviewQueueItem, ReviewResponse, UserRef } from '../../api/contract.ts';
import { diffDocs } from '../../core/diff/index.ts';
import type { LinkSuggestion } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { listComments } from './comments.ts';
import { getIssueDetail, summariesByIds } from './library.ts';
import { decodeDoc } from './revision-store.ts';
import { loadSource } from './sources.ts';
import { editorsOf } from './status.ts';
import { userRef } from './users.ts';

/** Editors of many issues in one query, each list in order of first save. */
async function editorsByIssue(db: Kysely<Database>, ids: string[]): Promise<Map<string, UserRef[]>> {
  const out = new Map<string, UserRef[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('revisions')
    .innerJoin('users', 'users.id', 'revisions.author_id')
    .select(['revisions.issue_id', 'users.username', 'users.display_name'])
    .where('revisions.issue_id', 'in', ids)
    .where('revisions.kind', '!=', 'proposal')
    .orderBy('revisions.issue_id')
    .orderBy('revisions.rev')
    .execute();
  for (const r of rows) {
    const list = out.get(r.issue_id) ?? [];
    if (!list.some((u) => u.username === r.username)) {
      list.push({ username: r.username, displayName: r.display_name });
    }
    out.set(r.issue_id, list);
  }
  return out;
}

export async function reviewCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('issues')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Submitted issues, the longest waiting first. */
export async function reviewQueue(db: Kysely<Database>, now: number): Promise<ReviewQueueItem[]> {
  const rows = await db
    .selectFrom('issues')
    .innerJoin('submissions', 'submissions.id', 'issues.submission_id')
    .leftJoin('users', 'users.id', 'submissions.user_id')
    .select([
      'issues.id',
      'submissions.submitted_at',
      'submissions.message',
      'submissions.figures',
      'submissions.change_count',
      'users.username',
      'users.display_name',
    ])
    .where('issues.status', '=', 'submitted')
    .orderBy('submissions.submitted_at')
    .orderBy('issues.id')
    .execute();
  const ids = rows.map((r) => r.id);
  const [summaries, editors] = await Promise.all([summariesByIds(db, ids, now), editorsByIssue(db, ids)]);
  return rows.flatMap((r) => {
    const issue = summaries.get(r.id);
    if (!issue) return [];
    return [
      {
        issue,
        submittedAt: r.submitted_at,
        submittedBy: userRef(r.username, r.display_name),
        editors: editors.get(r.id) ?? [],
        message: r.message,
        figures: JSON.parse(r.figures) as DiffFiguresBody,
        changeCount: r.change_count,
      },
    ];
  });
}

export async function reviewData(
  db: Kysely<Database>,
  issueId: string,
  now: number,
): Promise<ReviewResponse> {
  const issue = await getIssueDetail(db, issueId, now);
  const [proposalRow, currentRow, src, comments, editors, submission] = await Promise.all([
    db
      .selectFrom('revisions')
      .select(['doc', 'suggestions'])
      .where('issue_id', '=', issueId)
      .where('rev', '=', 0)
      .executeTakeFirst(),
    db
      .selectFrom('revisions')
      .select('doc')
      .where('issue_id', '=', issueId)
      .where('rev', '=', issue.revision)
      .executeTakeFirst(),
    loadSource(db, issueId),
    listComments(db, issueId),
    editorsOf(db, issueId),
    db
      .selectFrom('submissions')
      .leftJoin('users', 'users.id', 'submissions.user_id')
      .select([
        'submissions.submitted_at',
        'submissions.message',
        'submissions.rev',
        'users.username',
        'users.display_name',
      ])
      .where('submissions.issue_id', '=', issueId)
      .orderBy('submissions.submitted_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!proposalRow || !currentRow) throw notFound('no such issue');
  const proposal = await decodeDoc(db, issueId, proposalRow.doc);
  const doc = await decodeDoc(db, issueId, currentRow.doc);
  return {
    issue,
    source: src.text,
    proposal,
    doc,
    suggestions: proposalRow.suggestions ? (JSON.parse(proposalRow.suggestions) as LinkSuggestion[]) : [],
    diff: diffDocs(proposal, doc, src),
    comments,
    submission: submission
      ? {
          at: submission.submitted_at,
          by: userRef(submission.username, submission.display_name),
          message: submission.message,
          revision: submission.rev,
        }
      : null,
    editors: editors.map((e) => ({ username: e.username, displayName: e.displayName })),
  };
}
