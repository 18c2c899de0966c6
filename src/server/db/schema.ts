/**
 * Table types for Kysely. One schema for SQLite and PostgreSQL: only `text` and `integer` columns,
 * timestamps as ISO 8601 UTC text (fixed width, so they compare as strings), booleans as 0/1 and
 * documents as JSON text.
 */
import type { Insertable, Selectable } from 'kysely';

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

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  issues: IssuesTable;
  issue_sources: IssueSourcesTable;
  revisions: RevisionsTable;
  issue_reporters: IssueReportersTable;
  presence: PresenceTable;
}

export type UserRow = Selectable<UsersTable>;
export type IssueRow = Selectable<IssuesTable>;
export type NewIssue = Insertable<IssuesTable>;
export type RevisionRow = Selectable<RevisionsTable>;
