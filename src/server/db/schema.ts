/**
 * Table types for Kysely. One schema for SQLite and PostgreSQL: only `text` and `integer` columns,
 * timestamps as ISO 8601 UTC text (fixed width, so they compare as strings), booleans as 0/1 and
 * documents as JSON text.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A nullable column that inserts may leave out (added by a later migration). */
type NullableDefault = ColumnType<string | null, string | null | undefined, string | null>;

export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  username: string;
  display_name: string;
  role: 'editor' | 'supervisor' | 'admin';
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  /** sha256 hex of the cookie token: a leaked table does not leak usable cookies. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; the idle timeout is checked against last_seen_at. */
  expires_at: string;
  address: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  /** 'user:<username>' or 'addr:<address>'. */
  key: string;
  at: string;
}

export interface IssuesTable {
  id: string;
  publication: string | null;
  issue_date: string | null;
  edition: string | null;
  filename: string;
  encoding: string;
  sha256: string;
  length: number;
  status: 'proposed' | 'in_progress' | 'submitted' | 'approved' | 'changes_requested';
  assignee_id: string | null;
  current_rev: number;
  article_count: number;
  flag_count: number;
  /** Lower-cased headlines and reporter names of the current revision, for LIKE search. */
  search_text: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
  /** When the latest submission happened (null if never submitted); the review queue sorts by it. */
  submitted_at: NullableDefault;
  /** The latest submission (submissions.id). */
  submission_id: NullableDefault;
}

/** Kept apart from `issues` so library scans never touch megabytes of text. */
export interface IssueSourcesTable {
  issue_id: string;
  text: string;
}

export interface RevisionsTable {
  issue_id: string;
  rev: number;
  kind: 'proposal' | 'edit' | 'restore';
  /**
   * JSON Doc, or for big documents JSON `{ base, articles, unassigned }` against an earlier whole
   * revision: read it with services/revision-store.ts (readDoc, decodeDoc), never JSON.parse alone.
   */
  doc: string;
  /** JSON LinkSuggestion[]; only on the proposal (rev 0). */
  suggestions: string | null;
  author_id: string | null;
  created_at: string;
  base_rev: number | null;
  restored_from: number | null;
  /** The client's id for this save attempt; unique per issue so retries cannot duplicate. */
  save_id: string | null;
  article_count: number;
  flag_count: number;
}

export interface IssueReportersTable {
  issue_id: string;
  name: string;
  /** '' when unknown (so it can take part in the primary key). */
  role: string;
}

export interface PresenceTable {
  issue_id: string;
  user_id: string;
  since: string;
  last_seen: string;
}

/** One row per submit: who, which revision, the message, and the diff figures of that revision. */
export interface SubmissionsTable {
  id: string;
  issue_id: string;
  rev: number;
  user_id: string;
  message: string | null;
  submitted_at: string;
  /** JSON DiffFigures of diffDocs(proposal, submitted revision). */
  figures: string;
  change_count: number;
  proposal_articles: number;
  boundaries_changed: number;
}

export interface CommentsTable {
  id: Generated<number>;
  issue_id: string;
  parent_id: number | null;
  kind: 'comment' | 'submit' | 'approve' | 'request-changes' | 'reopen';
  author_id: string;
  body: string;
  article_id: string | null;
  line: number | null;
  revision: number;
  resolved: number;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

/** Frozen at approval. Insert-only: no code path updates or deletes a row, and triggers refuse it. */
export interface ApprovedExportsTable {
  issue_id: string;
  version: number;
  rev: number;
  /** The export JSON exactly as served for download. */
  content: string;
  sha256: string;
  bytes: number;
  approved_by: string;
  approved_at: string;
  /** JSON string[] of the usernames who edited the approved revision. */
  editors: string;
}

/** Append-only (triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: string;
  actor_id: string | null;
  issue_id: string | null;
  target_user_id: string | null;
  ip: string | null;
  /** JSON object. */
  details: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  issues: IssuesTable;
  issue_sources: IssueSourcesTable;
  revisions: RevisionsTable;
  issue_reporters: IssueReportersTable;
  presence: PresenceTable;
  submissions: SubmissionsTable;
  comments: CommentsTable;
  approved_exports: ApprovedExportsTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type IssueRow = Selectable<IssuesTable>;
export type NewIssue = Insertable<IssuesTable>;
export type RevisionRow = Selectable<RevisionsTable>;
