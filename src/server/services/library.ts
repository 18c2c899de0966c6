/** The library: issue summaries with filters, search, sorting and pagination. */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { IssueDetail, IssueListResponse, IssueSort, IssueSummary } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { likePattern } from './like.ts';
import { editingFor } from './presence.ts';
import { userRef } from './users.ts';

export interface ListQuery {
  status?: IssueSummary['status'] | undefined;
  publication?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
  sort: IssueSort;
}

const SORT_COLUMNS = {
  date: 'issues.issue_date',
  publication: 'issues.publication',
  status: 'issues.status',
  updated: 'issues.updated_at',
  articles: 'issues.article_count',
  flags: 'issues.flag_count',
} as const;

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('issues')
    .leftJoin('users as assignee', 'assignee.id', 'issues.assignee_id')
    .leftJoin('users as updater', 'updater.id', 'issues.updated_by')
    .select([
      'issues.id',
      'issues.publication',
      'issues.issue_date',
      'issues.edition',
      'issues.filename',
      'issues.status',
      'issues.article_count',
      'issues.flag_count',
      'issues.current_rev',
      'issues.updated_at',
      'assignee.username as assignee_username',
      'assignee.display_name as assignee_display_name',
      'updater.username as updater_username',
      'updater.display_name as updater_display_name',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow, editing: IssueSummary['editing']): IssueSummary {
  return {
    id: row.id,
    publication: row.publication,
    date: row.issue_date,
    edition: row.edition,
    filename: row.filename,
    status: row.status,
    articleCount: row.article_count,
    flagCount: row.flag_count,
    assignee: userRef(row.assignee_username, row.assignee_display_name),
    revision: row.current_rev,
    updatedAt: row.updated_at,
    updatedBy: userRef(row.updater_username, row.updater_display_name),
    editing,
  };
}

function applyFilters<O>(
  q: SelectQueryBuilder<Database, 'issues', O>,
  query: ListQuery,
): SelectQueryBuilder<Database, 'issues', O> {
  if (query.status) q = q.where('issues.status', '=', query.status);
  if (query.publication) q = q.where('issues.publication', '=', query.publication);
  if (query.from) q = q.where('issues.issue_date', '>=', query.from);
  if (query.to) q = q.where('issues.issue_date', '<=', query.to);
  if (query.q?.trim()) {
    const needle = query.q.trim();
    q = q.where((eb) =>
      eb.or([
        likePattern(eb, 'issues.search_text', needle, { lowered: true }),
        likePattern(eb, 'issues.filename', needle),
      ]),
    );
  }
  return q;
}

export async function listIssues(
  db: Kysely<Database>,
  query: ListQuery,
  now: number,
): Promise<IssueListResponse> {
  const desc = query.sort.startsWith('-');
  const column = SORT_COLUMNS[(desc ? query.sort.slice(1) : query.sort) as keyof typeof SORT_COLUMNS];
  const direction = desc ? 'desc' : 'asc';
  // Side by side: on PostgreSQL a search scans the table for the count and again for the page, on
  // two pooled connections at once.
  const [countRow, rows] = await Promise.all([
    applyFilters(db.selectFrom('issues'), query)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    // id breaks ties so pages never repeat or skip rows.
    applyFilters(summaryQuery(db), query)
      .orderBy(column, direction)
      .orderBy('issues.id', direction)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const total = Number(countRow?.n ?? 0);
  const editing = await editingFor(
    db,
    rows.map((r) => r.id),
    now,
  );
  return {
    items: rows.map((r) => toSummary(r, editing.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getIssueDetail(db: Kysely<Database>, id: string, now: number): Promise<IssueDetail> {
  const row = await summaryQuery(db)
    .leftJoin('users as creator', 'creator.id', 'issues.created_by')
    .select([
      'issues.encoding',
      'issues.sha256',
      'issues.length',
      'issues.created_at',
      'creator.username as creator_username',
      'creator.display_name as creator_display_name',
    ])
    .where('issues.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('no such issue');
  const editing = await editingFor(db, [id], now);
  return {
    ...toSummary(row, editing.get(id) ?? []),
    source: { filename: row.filename, sha256: row.sha256, encoding: row.encoding, length: row.length },
    createdAt: row.created_at,
    createdBy: userRef(row.creator_username, row.creator_display_name),
  };
}

/** Summaries of the given issues (missing ids are left out), keyed by id. */
export async function summariesByIds(
  db: Kysely<Database>,
  ids: string[],
  now: number,
): Promise<Map<string, IssueSummary>> {
  const out = new Map<string, IssueSummary>();
  if (ids.length === 0) return out;
  const rows = await summaryQuery(db).where('issues.id', 'in', ids).execute();
  const editing = await editingFor(db, ids, now);
  for (const r of rows) out.set(r.id, toSummary(r, editing.get(r.id) ?? []));
  return out;
}
