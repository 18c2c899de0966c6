/** Review comments: threaded by parentId, optionally anchored to an article or a source line. */
import type { Kysely } from 'kysely';
import type { Comment, CommentKind } from '../../api/contract.ts';
import type { AuthUser } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { isoNow } from '../util.ts';
import { userRef } from './users.ts';

export interface NewComment {
  issueId: string;
  kind: CommentKind;
  body: string;
  parentId?: string | null | undefined;
  articleId?: string | null | undefined;
  line?: number | null | undefined;
}

/** Comment ids are serial numbers, sent as strings; anything else names no comment. */
function commentKey(id: string): number {
  if (!/^\d{1,9}$/.test(id)) throw notFound('no such comment');
  return Number(id);
}

function commentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('comments')
    .innerJoin('users as author', 'author.id', 'comments.author_id')
    .leftJoin('users as resolver', 'resolver.id', 'comments.resolved_by')
    .selectAll('comments')
    .select([
      'author.username as author_username',
      'author.display_name as author_display_name',
      'resolver.username as resolver_username',
      'resolver.display_name as resolver_display_name',
    ]);
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof commentQuery>['executeTakeFirstOrThrow']>>;

function toComment(r: CommentRow): Comment {
  return {
    id: String(r.id),
    issueId: r.issue_id,
    parentId: r.parent_id === null ? null : String(r.parent_id),
    kind: r.kind,
    author: { username: r.author_username, displayName: r.author_display_name },
    body: r.body,
    articleId: r.article_id,
    line: r.line,
    revision: r.revision,
    resolved: Boolean(r.resolved),
    resolvedBy: userRef(r.resolver_username, r.resolver_display_name),
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
  };
}

/** Inserts inside the caller's transaction (a status change and its comment commit together). */
export async function insertComment(
  db: Kysely<Database>,
  input: NewComment,
  user: AuthUser,
  now: number,
): Promise<Comment> {
  const issue = await db
    .selectFrom('issues')
    .select('current_rev')
    .where('id', '=', input.issueId)
    .executeTakeFirst();
  if (!issue) throw notFound('no such issue');
  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await db
      .selectFrom('comments')
      .select(['id', 'issue_id'])
      .where('id', '=', commentKey(input.parentId))
      .executeTakeFirst();
    if (!parent || parent.issue_id !== input.issueId) {
      throw new HttpError(400, 'bad-request', 'parentId names no comment of this issue');
    }
    parentId = parent.id;
  }
  const inserted = await db
    .insertInto('comments')
    .values({
      issue_id: input.issueId,
      parent_id: parentId,
      kind: input.kind,
      author_id: user.id,
      body: input.body,
      article_id: input.articleId ?? null,
      line: input.line ?? null,
      revision: issue.current_rev,
      resolved: 0,
      resolved_by: null,
      resolved_at: null,
      created_at: isoNow(now),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getComment(db, input.issueId, String(inserted.id));
}

export async function getComment(db: Kysely<Database>, issueId: string, id: string): Promise<Comment> {
  const row = await commentQuery(db)
    .where('comments.id', '=', commentKey(id))
    .where('comments.issue_id', '=', issueId)
    .executeTakeFirst();
  if (!row) throw notFound('no such comment');
  return toComment(row);
}

export async function listComments(db: Kysely<Database>, issueId: string): Promise<Comment[]> {
  const rows = await commentQuery(db)
    .where('comments.issue_id', '=', issueId)
    .orderBy('comments.id')
    .execute();
  return rows.map(toComment);
}

export async function setResolved(
  db: Kysely<Database>,
  issueId: string,
  id: string,
  resolved: boolean,
  user: AuthUser,
  now: number,
): Promise<Comment> {
  const result = await db
    .updateTable('comments')
    .set(
      resolved
        ? { resolved: 1, resolved_by: user.id, resolved_at: isoNow(now) }
        : { resolved: 0, resolved_by: null, resolved_at: null },
    )
    .where('id', '=', commentKey(id))
    .where('issue_id', '=', issueId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('no such comment');
  return getComment(db, issueId, id);
}
