/**
 * The HTTP contract between the server and the SPA: every request and response body as a zod schema
 * (with its inferred type) and the route table (method, path, minimum role). The server validates with
 * these schemas and builds its role checks and /api/openapi.json from the route table, so a route that
 * is not listed here does not exist.
 *
 * Conventions:
 * - Every state-changing request (POST/PUT/PATCH/DELETE) must send `X-Galley-CSRF: 1`; a cross-origin
 *   `Origin` header is refused. Both give 403 `{ error: { code: 'csrf' } }`.
 * - Errors are always `{ error: { code, message, details? } }` with a matching HTTP status; the SPA
 *   localises by `code` (see ERROR_CODES).
 * - Timestamps are ISO 8601 strings in UTC. Issue dates are `YYYY-MM-DD`.
 */
import { z } from 'zod';
import { ROLES as SPAN_ROLES } from '../core/model.ts';
import type { DocDiff } from '../core/diff/index.ts';
import type { Doc, LinkSuggestion } from '../core/model.ts';

// ---------------------------------------------------------------------------------------------------
// Shared pieces

export const USER_ROLES = ['editor', 'supervisor', 'admin'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

/** Who may call a route: 'anonymous' means anyone, otherwise the user's role must be at least this. */
export type MinRole = 'anonymous' | UserRole;
export const ROLE_RANK: Record<MinRole, number> = { anonymous: 0, editor: 1, supervisor: 2, admin: 3 };

export const ISSUE_STATUSES = [
  'proposed',
  'in_progress',
  'submitted',
  'approved',
  'changes_requested',
] as const;
export const issueStatusSchema = z.enum(ISSUE_STATUSES);
export type IssueStatus = z.infer<typeof issueStatusSchema>;

export const ERROR_CODES = [
  'bad-request', // malformed body or query; details = zod issues
  'unauthenticated', // 401: no session, or it expired
  'forbidden', // 403: role too low, or account deactivated
  'csrf', // 403: missing X-Galley-CSRF header or cross-origin request
  'not-found', // 404
  'invalid-credentials', // 401 on login
  'rate-limited', // 429 on login; details = { retryAfterSeconds }
  'username-taken', // 409
  'last-admin', // 409: the change would leave no active admin
  'invalid-transition', // 409: the issue's status does not allow this (e.g. submitting an approved issue)
  'read-only', // 409 on save/restore: the issue is submitted or approved; a supervisor can reopen / send back
  'approval-blocked', // 422 on approve: details = string[] of blockers ("article 7 has no headline")
  'not-approved', // 409 on release: details = the ids asked for that are not approved
  'self-approval', // 403 on approve with GALLEY_FORBID_SELF_APPROVAL=1: you edited this issue
  'stale', // 412 on save: somebody saved first; body has `current`
  'precondition-required', // 428: If-Match missing on save/restore
  'invalid-document', // 422: doc fails the schema or the invariants; details = string[] (readable problems)
  'too-large', // 413: a file over 20 MB or a request over the limit
  'empty', // import: file has no text
  'binary', // import: file is not text
  'undecodable', // import: no supported encoding fits
  'unknown-encoding', // import: the `encoding` field names an encoding we do not know
  'not-txt', // import: not a .txt file
  'no-files', // import: no `files` field
  'internal', // 500
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const timestamp = z.string();
const id = z.string().min(1).max(64);

/** The short form of a user used wherever the UI shows who did something. */
export const userRefSchema = z.object({ username: z.string(), displayName: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

export const userSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  createdAt: timestamp,
  lastLoginAt: timestamp.nullable(),
});
export type User = z.infer<typeof userSchema>;

// ---------------------------------------------------------------------------------------------------
// The document model (mirrors src/core/model.ts; the type checks at the bottom keep them in step)

const offset = z.number().int().min(0);
const cues = z.array(z.string().max(64)).max(64);
const confidence = z.number().min(0).max(1);

export const reporterSchema = z.object({ name: z.string().max(200), role: z.string().max(64).nullable() });

export const docSchema = z.object({
  articles: z
    .array(
      z.object({
        id: z.string().min(1).max(32),
        parts: z
          .array(
            z.object({
              start: offset,
              end: offset,
              link: z.object({ confidence, cues }).optional(),
            }),
          )
          .min(1)
          .max(1000),
        roles: z.array(z.object({ start: offset, end: offset, role: z.enum(SPAN_ROLES) })).max(100_000),
        boundary: z.object({ confidence, cues, confirmed: z.boolean() }),
        fields: z.object({
          kicker: z.string().max(2000).nullable().optional(),
          headline: z.string().max(2000).optional(),
          subheadlines: z.array(z.string().max(2000)).max(50).optional(),
          byline: z.string().max(2000).nullable().optional(),
          reporters: z.array(reporterSchema).max(100).optional(),
        }),
      }),
    )
    .max(10_000),
  unassigned: z
    .array(z.object({ start: offset, end: offset, label: z.string().max(64).nullable() }))
    .max(100_000),
});

export const linkSuggestionSchema = z.object({
  articleId: z.string(),
  fragmentId: z.string(),
  confidence,
  cues,
});

// ---------------------------------------------------------------------------------------------------
// Auth

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userResponseSchema = z.object({ user: userSchema });
export type UserResponse = z.infer<typeof userResponseSchema>;

export const okResponseSchema = z.object({ ok: z.literal(true) });
export type OkResponse = z.infer<typeof okResponseSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(8).max(1000),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

// ---------------------------------------------------------------------------------------------------
// Issues

export const presenceEntrySchema = z.object({
  username: z.string(),
  displayName: z.string(),
  since: timestamp,
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

export const issueSummarySchema = z.object({
  id,
  publication: z.string().nullable(),
  date: isoDate.nullable(),
  edition: z.string().nullable(),
  filename: z.string(),
  status: issueStatusSchema,
  articleCount: z.number().int(),
  flagCount: z.number().int(),
  assignee: userRefSchema.nullable(),
  revision: z.number().int(),
  updatedAt: timestamp,
  updatedBy: userRefSchema.nullable(),
  /** Who has the editor open right now (heartbeat within the last ~45 s). */
  editing: z.array(presenceEntrySchema),
});
export type IssueSummary = z.infer<typeof issueSummarySchema>;

export const ISSUE_SORTS = [
  'date',
  '-date',
  'publication',
  '-publication',
  'status',
  '-status',
  'updated',
  '-updated',
  'articles',
  '-articles',
  'flags',
  '-flags',
] as const;
export type IssueSort = (typeof ISSUE_SORTS)[number];

/** Query string of GET /api/issues; all optional. `from`/`to` are inclusive issue dates. */
export const issueListQuerySchema = z.object({
  status: issueStatusSchema.optional(),
  publication: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Case-insensitive substring of headlines and reporter names of the current revision. */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** A leading '-' sorts descending. Default '-updated'. */
  sort: z.enum(ISSUE_SORTS).default('-updated'),
});
export type IssueListQuery = z.input<typeof issueListQuerySchema>;

export const issueListResponseSchema = z.object({
  items: z.array(issueSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type IssueListResponse = z.infer<typeof issueListResponseSchema>;

export const issueDetailSchema = issueSummarySchema.extend({
  source: z.object({
    filename: z.string(),
    sha256: z.string(),
    encoding: z.string(),
    /** In code points. */
    length: z.number().int(),
  }),
  createdAt: timestamp,
  createdBy: userRefSchema.nullable(),
});
export type IssueDetail = z.infer<typeof issueDetailSchema>;

/** GET /api/issues/:id. The response also carries `ETag: "<revision>"`. */
export const issueResponseSchema = z.object({
  issue: issueDetailSchema,
  /** The normalised source text (immutable). */
  source: z.string(),
  /** The current revision's document. */
  doc: docSchema,
  /** The segmenter's pending link suggestions from the proposal (revision 0). */
  suggestions: z.array(linkSuggestionSchema),
});
export interface IssueResponse {
  issue: IssueDetail;
  source: string;
  doc: Doc;
  suggestions: LinkSuggestion[];
}

/** PUT /api/issues/:id/document with header `If-Match: <revision>` (quotes optional). */
export const saveDocumentRequestSchema = z.object({
  doc: docSchema,
  /** Chosen by the client per save attempt; a retry with the same saveId returns the same revision. */
  saveId: z.string().min(8).max(100),
});
export interface SaveDocumentRequest {
  doc: Doc;
  saveId: string;
}

/**
 * PUT /api/issues/:id/document, the cheap form of an autosave: the document as changes to the
 * If-Match revision instead of the whole of it (a 300k issue is ~280 kB of JSON, one edit ~1 kB).
 * `articles` is the new reading order: the id of an article left exactly as it is in the If-Match
 * revision, or the whole article when it is new or changed. `unassigned` left out: unchanged.
 * The server checks the resulting document exactly as a whole one (422, 412 and retries alike);
 * an id the If-Match revision does not have is a 422.
 */
export const saveDocumentChangesRequestSchema = z.object({
  changes: z.object({
    articles: z.array(z.union([z.string().min(1).max(32), docSchema.shape.articles.element])).max(10_000),
    unassigned: docSchema.shape.unassigned.optional(),
  }),
  saveId: saveDocumentRequestSchema.shape.saveId,
});
export interface SaveDocumentChangesRequest {
  changes: { articles: (string | Doc['articles'][number])[]; unassigned?: Doc['unassigned'] };
  saveId: string;
}

export const saveDocumentResponseSchema = z.object({ revision: z.number().int() });
export type SaveDocumentResponse = z.infer<typeof saveDocumentResponseSchema>;

/** The 412 body of a save or restore against a stale revision. */
export const staleResponseSchema = errorBodySchema.extend({
  current: z.object({
    revision: z.number().int(),
    doc: docSchema,
    author: userRefSchema.nullable(),
    at: timestamp,
  }),
});
export interface StaleResponse {
  error: { code: 'stale'; message: string };
  current: { revision: number; doc: Doc; author: UserRef | null; at: string };
}

/** The 422 body of a save: `details` lists readable problems (from the schema or checkInvariants). */
export const invalidDocumentResponseSchema = z.object({
  error: z.object({ code: z.literal('invalid-document'), message: z.string(), details: z.array(z.string()) }),
});
export type InvalidDocumentResponse = z.infer<typeof invalidDocumentResponseSchema>;

/** PATCH /api/issues/:id: the metadata read from the file name, corrected. */
export const patchIssueRequestSchema = z
  .object({
    publication: z.string().min(1).max(200).nullable().optional(),
    date: isoDate.nullable().optional(),
    edition: z.string().min(1).max(100).nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type PatchIssueRequest = z.infer<typeof patchIssueRequestSchema>;

export const issueDetailResponseSchema = z.object({ issue: issueDetailSchema });
export type IssueDetailResponse = z.infer<typeof issueDetailResponseSchema>;

export const REVISION_KINDS = ['proposal', 'edit', 'restore'] as const;
export const revisionSummarySchema = z.object({
  rev: z.number().int(),
  kind: z.enum(REVISION_KINDS),
  /** Null for the proposal. */
  author: userRefSchema.nullable(),
  createdAt: timestamp,
  /** The revision this one was saved on top of (null for the proposal). */
  baseRev: z.number().int().nullable(),
  /** For kind 'restore': the revision whose document was restored. */
  restoredFrom: z.number().int().nullable(),
  articleCount: z.number().int(),
  flagCount: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionListResponseSchema = z.object({ items: z.array(revisionSummarySchema) });
export type RevisionListResponse = z.infer<typeof revisionListResponseSchema>;

/** GET /api/issues/:id/revisions/:rev: one revision's document (for previews and diffs). */
export const revisionResponseSchema = z.object({ revision: revisionSummarySchema, doc: docSchema });
export interface RevisionResponse {
  revision: RevisionSummary;
  doc: Doc;
}

/** POST /api/issues/:id/revisions/:rev/restore, with `If-Match: <current revision>`. → SaveDocumentResponse */
export const restoreRequestSchema = z.object({ saveId: z.string().min(8).max(100) });
export type RestoreRequest = z.infer<typeof restoreRequestSchema>;

/** POST (heartbeat, every ~15 s) and DELETE (leaving) /api/issues/:id/presence. */
export const presenceResponseSchema = z.object({ editing: z.array(presenceEntrySchema) });
export type PresenceResponse = z.infer<typeof presenceResponseSchema>;

// ---------------------------------------------------------------------------------------------------
// Import

/**
 * POST /api/issues/import, multipart/form-data:
 * - `files`: one or more .txt files (20 MB each at most; a single oversized file → 413),
 * - `encoding` (optional): a WHATWG label to force, e.g. 'gb18030',
 * - `publication` (optional): overrides the publication read from the file name,
 * - `dryRun=1` (optional): decode only and report the detected encoding; nothing is stored.
 */
export const IMPORT_FILE_STATUSES = ['imported', 'duplicate', 'error', 'preview'] as const;
export const importFileResultSchema = z.object({
  filename: z.string(),
  status: z.enum(IMPORT_FILE_STATUSES),
  /** The new issue ('imported') or the existing one ('duplicate', also reported on dry runs). */
  issueId: z.string().optional(),
  encoding: z.string().optional(),
  confidence: z.number().optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
  /** Dry run only: the first ~400 characters of the decoded text, to eyeball the encoding. */
  preview: z.string().optional(),
  publication: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  edition: z.string().nullable().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ImportFileResult = z.infer<typeof importFileResultSchema>;

export const importResponseSchema = z.object({ results: z.array(importFileResultSchema) });
export type ImportResponse = z.infer<typeof importResponseSchema>;

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_FILES = 50;
/** The whole multipart request (413 above it): ten full-size files, or many ordinary ones. */
export const MAX_IMPORT_REQUEST_BYTES = 10 * MAX_IMPORT_FILE_BYTES + 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// Reporters, users, health

export const reporterListQuerySchema = z.object({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const reporterEntrySchema = z.object({
  name: z.string(),
  /** Every role this name appeared with (记者, 通讯员, …), most frequent first. */
  roles: z.array(z.string()),
  /** Number of issues whose current revision names this reporter. */
  count: z.number().int(),
});
export type ReporterEntry = z.infer<typeof reporterEntrySchema>;
export const reporterListResponseSchema = z.object({ items: z.array(reporterEntrySchema) });
export type ReporterListResponse = z.infer<typeof reporterListResponseSchema>;

export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,39}$/, '2–40 letters, digits, _ . -, starting with a letter or digit');

export const userListResponseSchema = z.object({ items: z.array(userSchema) });
export type UserListResponse = z.infer<typeof userListResponseSchema>;

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().min(1).max(100).optional(),
  role: userRoleSchema,
  password: z.string().min(8).max(1000),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** Deactivating (`active: false`) revokes the user's sessions at once. */
export const updateUserRequestSchema = z
  .object({
    displayName: z.string().min(1).max(100).optional(),
    role: userRoleSchema.optional(),
    password: z.string().min(8).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const healthResponseSchema = z.object({
  ok: z.boolean(),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

// ---------------------------------------------------------------------------------------------------
// Review and approval

/**
 * Who may move an issue where (the server enforces it; 409 `invalid-transition` otherwise):
 * - saving: proposed → in_progress, changes_requested → in_progress (editor+); a submitted or approved
 *   issue is read-only (409 `read-only`),
 * - submit: proposed | in_progress | changes_requested → submitted (editor+; again: no-op),
 * - approve: submitted → approved (supervisor+; 422 `approval-blocked` with details = string[]),
 * - request-changes: submitted → changes_requested (supervisor+; comment required),
 * - reopen: approved → in_progress (supervisor+; reason required).
 * With GALLEY_FORBID_SELF_APPROVAL=1 a supervisor who saved a revision of the issue gets 403 `self-approval`.
 */

/** POST /api/issues/:id/submit. The body is optional; a message becomes a comment of kind 'submit'. */
export const submitRequestSchema = z.object({ message: z.string().trim().max(10_000).optional() });
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

/** A place in the issue a comment points at: an article of the current document, or a source line (0-based). */
const anchor = {
  articleId: z.string().min(1).max(32).nullable().optional(),
  line: z.number().int().min(0).nullable().optional(),
};

/** POST /api/issues/:id/approve. The body is optional; a note becomes a comment of kind 'approve'. */
export const approveRequestSchema = z.object({ note: z.string().trim().max(10_000).optional() });
export type ApproveRequest = z.infer<typeof approveRequestSchema>;

/** POST /api/issues/:id/request-changes: the comment is required and may be anchored. */
export const requestChangesRequestSchema = z.object({
  comment: z.string().trim().min(1, 'say what needs changing').max(10_000),
  ...anchor,
});
export type RequestChangesRequest = z.infer<typeof requestChangesRequestSchema>;

/** POST /api/issues/:id/reopen: approved → in_progress; the reason becomes a comment of kind 'reopen'. */
export const reopenRequestSchema = z.object({
  reason: z.string().trim().min(1, 'give a reason').max(10_000),
});
export type ReopenRequest = z.infer<typeof reopenRequestSchema>;

export const COMMENT_KINDS = ['comment', 'submit', 'approve', 'request-changes', 'reopen'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const commentSchema = z.object({
  id,
  issueId: id,
  /** The comment this one answers (threads are one level deep or more; the UI nests by parentId). */
  parentId: id.nullable(),
  kind: z.enum(COMMENT_KINDS),
  author: userRefSchema,
  body: z.string(),
  articleId: z.string().nullable(),
  line: z.number().int().nullable(),
  /** The revision current when the comment was written. */
  revision: z.number().int(),
  resolved: z.boolean(),
  resolvedBy: userRefSchema.nullable(),
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type Comment = z.infer<typeof commentSchema>;

/** GET /api/issues/:id/comments: every comment of the issue, oldest first. */
export const commentListResponseSchema = z.object({ items: z.array(commentSchema) });
export type CommentListResponse = z.infer<typeof commentListResponseSchema>;

export const createCommentRequestSchema = z.object({
  body: z.string().trim().min(1).max(10_000),
  parentId: id.nullable().optional(),
  ...anchor,
});
export type CreateCommentRequest = z.infer<typeof createCommentRequestSchema>;

export const patchCommentRequestSchema = z.object({ resolved: z.boolean() });
export type PatchCommentRequest = z.infer<typeof patchCommentRequestSchema>;

export const commentResponseSchema = z.object({ comment: commentSchema });
export type CommentResponse = z.infer<typeof commentResponseSchema>;

/** Approve, request-changes and reopen answer with the issue and the comment they wrote (if any). */
export const transitionResponseSchema = z.object({
  issue: issueDetailSchema,
  comment: commentSchema.nullable(),
});
export type TransitionResponse = z.infer<typeof transitionResponseSchema>;

/** The agreement figures of src/core/diff (DiffFigures). */
export const diffFiguresSchema = z.object({
  proposalArticles: z.number().int(),
  resultArticles: z.number().int(),
  boundariesChanged: z.number().int(),
  splitMergeDistance: z.number().int(),
  windowDiff: z.number(),
  windowSize: z.number().int(),
  bcubedF1: z.number(),
});
export type DiffFiguresBody = z.infer<typeof diffFiguresSchema>;

export const reviewQueueItemSchema = z.object({
  issue: issueSummarySchema,
  submittedAt: timestamp,
  submittedBy: userRefSchema.nullable(),
  /** Everyone who saved a revision of the issue, in order of first save. */
  editors: z.array(userRefSchema),
  /** The submit message, if any. */
  message: z.string().nullable(),
  /** Proposal against the submitted revision. */
  figures: diffFiguresSchema,
  changeCount: z.number().int(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

/** GET /api/review/queue: submitted issues, longest waiting first. */
export const reviewQueueResponseSchema = z.object({ items: z.array(reviewQueueItemSchema) });
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;

/** GET /api/review/count: for the navigation badge. */
export const reviewCountResponseSchema = z.object({ submitted: z.number().int() });
export type ReviewCountResponse = z.infer<typeof reviewCountResponseSchema>;

/**
 * GET /api/issues/:id/review: everything the review screen shows. `diff` is `diffDocs(proposal, doc,
 * source)` of src/core/diff (changes typed there as Change[]).
 */
export const reviewResponseSchema = z.object({
  issue: issueDetailSchema,
  source: z.string(),
  proposal: docSchema,
  doc: docSchema,
  suggestions: z.array(linkSuggestionSchema),
  diff: z.object({ changes: z.array(z.unknown()), figures: diffFiguresSchema }),
  comments: z.array(commentSchema),
  /** The latest submission (null if never submitted). */
  submission: z
    .object({
      at: timestamp,
      by: userRefSchema.nullable(),
      message: z.string().nullable(),
      revision: z.number().int(),
    })
    .nullable(),
  editors: z.array(userRefSchema),
});
export interface ReviewResponse {
  issue: IssueDetail;
  source: string;
  proposal: Doc;
  doc: Doc;
  suggestions: LinkSuggestion[];
  diff: DocDiff;
  comments: Comment[];
  submission: { at: string; by: UserRef | null; message: string | null; revision: number } | null;
  editors: UserRef[];
}

// ---------------------------------------------------------------------------------------------------
// Approved exports and releases

export const approvedExportSchema = z.object({
  version: z.number().int().min(1),
  /** The revision that was approved. */
  revision: z.number().int(),
  /** sha256 hex of the stored export bytes (exactly what the download serves). */
  sha256: z.string(),
  bytes: z.number().int(),
  approvedBy: userRefSchema,
  approvedAt: timestamp,
});
export type ApprovedExport = z.infer<typeof approvedExportSchema>;

/** GET /api/issues/:id/exports: the frozen approved exports, newest version first. */
export const approvedExportListResponseSchema = z.object({ items: z.array(approvedExportSchema) });
export type ApprovedExportListResponse = z.infer<typeof approvedExportListResponseSchema>;

export const approveResponseSchema = transitionResponseSchema.extend({ export: approvedExportSchema });
export type ApproveResponse = z.infer<typeof approveResponseSchema>;

export const RELEASE_FORMATS = ['zip', 'jsonl'] as const;

/**
 * POST /api/release (JSON body) or GET /api/release (same fields as query: ids comma-separated).
 * Selects APPROVED issues only, by `ids` or by filter (publication, issue dates from/to inclusive,
 * approvedSince = approved at or after this ISO date/time). Ids of issues that are not approved → 409.
 * - zip: `<id>/export.json` (the frozen approved export, byte for byte), `<id>/source.txt` (the source
 *   as imported, normalised, UTF-8) and last `manifest.json` ({ files: [{ path, sha256, bytes }] }).
 * - jsonl: one line per issue, `{"export": …, "source": "…"}`.
 */
export const releaseRequestSchema = z.object({
  ids: z.array(id).max(100_000).optional(),
  publication: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  approvedSince: z.string().max(40).optional(),
  format: z.enum(RELEASE_FORMATS).default('zip'),
});
export type ReleaseRequest = z.input<typeof releaseRequestSchema>;
export const releaseQuerySchema = releaseRequestSchema.extend({
  ids: z
    .string()
    .max(2_000_000)
    .transform((s) => s.split(',').filter((x) => x !== ''))
    .optional(),
});

// ---------------------------------------------------------------------------------------------------
// Audit log and statistics

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'password-change',
  'import',
  'issue-update',
  'save',
  'restore',
  'submit',
  'approve',
  'request-changes',
  'reopen',
  'comment',
  'comment-resolve',
  'comment-unresolve',
  'release',
  'user-create',
  'user-update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: timestamp,
  action: z.enum(AUDIT_ACTIONS),
  /** Null for events without a logged-in user (a failed login). */
  actor: userRefSchema.nullable(),
  issueId: z.string().nullable(),
  /** For user changes: the account changed. */
  targetUserId: z.string().nullable(),
  ip: z.string().nullable(),
  /** Event-specific: revision numbers, versions, counts, the attempted username… */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  issueId: z.string().max(64).optional(),
  userId: z.string().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export interface AuditQuery {
  issueId?: string;
  userId?: string;
  action?: AuditAction;
  page?: number;
  pageSize?: number;
}

/** GET /api/audit (newest first) and GET /api/issues/:id/history (the issue's events, oldest first). */
export const auditListResponseSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;

export const statsResponseSchema = z.object({
  byStatus: z.record(issueStatusSchema, z.number().int()),
  /** Median over issues of first save → (latest) submit, in seconds; null when none was submitted. */
  medianEditingSeconds: z.number().nullable(),
  /** From the figures stored at each issue's latest submission: boundaries changed per 100 proposed articles. */
  boundariesByPublication: z.array(
    z.object({
      publication: z.string().nullable(),
      issues: z.number().int(),
      articles: z.number().int(),
      boundariesChanged: z.number().int(),
      per100Articles: z.number(),
    }),
  ),
  /** The last 12 ISO weeks (Monday 00:00 UTC), oldest first, including empty weeks. */
  approvalsPerWeek: z.array(z.object({ weekStart: isoDate, count: z.number().int() })),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

// ---------------------------------------------------------------------------------------------------
// Route table

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef {
  /** Stable name, used as the OpenAPI operationId. */
  name: string;
  method: Method;
  /** Hono-style path with `:params`. */
  path: string;
  minRole: MinRole;
  summary: string;
  query?: z.ZodType;
  /** JSON body; multipart routes describe their fields in `summary`. */
  body?: z.ZodType;
  multipart?: boolean;
  response: z.ZodType;
}

export const ROUTES = [
  {
    name: 'login',
    method: 'POST',
    path: '/api/auth/login',
    minRole: 'anonymous',
    summary: 'Log in; sets the galley_session cookie (rotated at every login).',
    body: loginRequestSchema,
    response: userResponseSchema,
  },
  {
    name: 'logout',
    method: 'POST',
    path: '/api/auth/logout',
    minRole: 'anonymous',
    summary: 'Log out; revokes the session and clears the cookie.',
    response: okResponseSchema,
  },
  {
    name: 'me',
    method: 'GET',
    path: '/api/auth/me',
    minRole: 'editor',
    summary: 'The logged-in user (401 if none).',
    response: userResponseSchema,
  },
  {
    name: 'changePassword',
    method: 'POST',
    path: '/api/auth/password',
    minRole: 'editor',
    summary: 'Change one’s own password; other sessions of the user are revoked.',
    body: changePasswordRequestSchema,
    response: okResponseSchema,
  },
  {
    name: 'listIssues',
    method: 'GET',
    path: '/api/issues',
    minRole: 'editor',
    summary: 'The library: filter, search, sort, paginate.',
    query: issueListQuerySchema,
    response: issueListResponseSchema,
  },
  {
    name: 'importIssues',
    method: 'POST',
    path: '/api/issues/import',
    minRole: 'editor',
    summary: 'Multipart: files (1..50 .txt, ≤20 MB each), encoding?, publication?, dryRun=1?',
    multipart: true,
    response: importResponseSchema,
  },
  {
    name: 'getIssue',
    method: 'GET',
    path: '/api/issues/:id',
    minRole: 'editor',
    summary: 'Issue detail, source text, current document and suggestions; ETag = revision.',
    response: issueResponseSchema,
  },
  {
    name: 'patchIssue',
    method: 'PATCH',
    path: '/api/issues/:id',
    minRole: 'editor',
    summary: 'Correct publication, date or edition.',
    body: patchIssueRequestSchema,
    response: issueDetailResponseSchema,
  },
  {
    name: 'submitIssue',
    method: 'POST',
    path: '/api/issues/:id/submit',
    minRole: 'editor',
    summary:
      'Submit for review: proposed, in_progress or changes_requested → submitted (again: no-op). Body optional: { message? }.',
    body: submitRequestSchema,
    response: issueDetailResponseSchema,
  },
  {
    name: 'saveDocument',
    method: 'PUT',
    path: '/api/issues/:id/document',
    minRole: 'editor',
    summary:
      'Save a new revision, as the whole document ({ doc, saveId }) or as changes to the If-Match revision ({ changes, saveId }); If-Match: <revision> required; 412 when stale, 422 when invalid.',
    body: z.union([saveDocumentRequestSchema, saveDocumentChangesRequestSchema]),
    response: saveDocumentResponseSchema,
  },
  {
    name: 'listRevisions',
    method: 'GET',
    path: '/api/issues/:id/revisions',
    minRole: 'editor',
    summary: 'The revision chain, newest first.',
    response: revisionListResponseSchema,
  },
  {
    name: 'getRevision',
    method: 'GET',
    path: '/api/issues/:id/revisions/:rev',
    minRole: 'editor',
    summary: 'One revision’s document.',
    response: revisionResponseSchema,
  },
  {
    name: 'restoreRevision',
    method: 'POST',
    path: '/api/issues/:id/revisions/:rev/restore',
    minRole: 'editor',
    summary: 'Restore an earlier revision as a new revision; If-Match: <current revision> required.',
    body: restoreRequestSchema,
    response: saveDocumentResponseSchema,
  },
  {
    name: 'heartbeat',
    method: 'POST',
    path: '/api/issues/:id/presence',
    minRole: 'editor',
    summary: 'Presence heartbeat (every ~15 s while the editor is open); returns who is editing.',
    response: presenceResponseSchema,
  },
  {
    name: 'leave',
    method: 'DELETE',
    path: '/api/issues/:id/presence',
    minRole: 'editor',
    summary: 'Leave the editor (presence ends now instead of after ~45 s).',
    response: presenceResponseSchema,
  },
  {
    name: 'exportIssue',
    method: 'GET',
    path: '/api/issues/:id/export',
    minRole: 'editor',
    summary: 'The current revision as export JSON (Content-Disposition: attachment).',
    response: z.unknown(),
  },
  {
    name: 'approveIssue',
    method: 'POST',
    path: '/api/issues/:id/approve',
    minRole: 'supervisor',
    summary:
      'submitted → approved; validates (422 approval-blocked) and freezes the export as the next version.',
    body: approveRequestSchema,
    response: approveResponseSchema,
  },
  {
    name: 'requestChanges',
    method: 'POST',
    path: '/api/issues/:id/request-changes',
    minRole: 'supervisor',
    summary: 'submitted → changes_requested, with a required (optionally anchored) comment.',
    body: requestChangesRequestSchema,
    response: transitionResponseSchema,
  },
  {
    name: 'reopenIssue',
    method: 'POST',
    path: '/api/issues/:id/reopen',
    minRole: 'supervisor',
    summary: 'approved → in_progress, with a required reason; earlier approved exports stay downloadable.',
    body: reopenRequestSchema,
    response: transitionResponseSchema,
  },
  {
    name: 'reviewQueue',
    method: 'GET',
    path: '/api/review/queue',
    minRole: 'supervisor',
    summary: 'Submitted issues, oldest submission first, with editors and diff figures.',
    response: reviewQueueResponseSchema,
  },
  {
    name: 'reviewCount',
    method: 'GET',
    path: '/api/review/count',
    minRole: 'supervisor',
    summary: 'How many issues wait for review (navigation badge).',
    response: reviewCountResponseSchema,
  },
  {
    name: 'getReview',
    method: 'GET',
    path: '/api/issues/:id/review',
    minRole: 'editor',
    summary: 'Proposal, current document, source, suggestions, diff (changes + figures) and comments.',
    response: reviewResponseSchema,
  },
  {
    name: 'listComments',
    method: 'GET',
    path: '/api/issues/:id/comments',
    minRole: 'editor',
    summary: 'The issue’s comments, oldest first (thread by parentId).',
    response: commentListResponseSchema,
  },
  {
    name: 'createComment',
    method: 'POST',
    path: '/api/issues/:id/comments',
    minRole: 'editor',
    summary: 'Comment or reply, optionally anchored to an article id or a source line.',
    body: createCommentRequestSchema,
    response: commentResponseSchema,
  },
  {
    name: 'patchComment',
    method: 'PATCH',
    path: '/api/issues/:id/comments/:cid',
    minRole: 'editor',
    summary: 'Resolve or unresolve a comment.',
    body: patchCommentRequestSchema,
    response: commentResponseSchema,
  },
  {
    name: 'listApprovedExports',
    method: 'GET',
    path: '/api/issues/:id/exports',
    minRole: 'editor',
    summary: 'The frozen approved exports of the issue, newest version first.',
    response: approvedExportListResponseSchema,
  },
  {
    name: 'getApprovedExport',
    method: 'GET',
    path: '/api/issues/:id/exports/:version',
    minRole: 'editor',
    summary:
      'Download one approved export version, byte for byte as frozen (Content-Disposition: attachment).',
    response: z.unknown(),
  },
  {
    name: 'issueHistory',
    method: 'GET',
    path: '/api/issues/:id/history',
    minRole: 'editor',
    summary: 'The audit events of this issue, oldest first.',
    query: auditQuerySchema.pick({ page: true, pageSize: true }),
    response: auditListResponseSchema,
  },
  {
    name: 'releaseExports',
    method: 'POST',
    path: '/api/release',
    minRole: 'editor',
    summary: 'Stream approved exports (zip with manifest.json last, or jsonl) selected by ids or filter.',
    body: releaseRequestSchema,
    response: z.unknown(),
  },
  {
    name: 'releaseExportsGet',
    method: 'GET',
    path: '/api/release',
    minRole: 'editor',
    summary:
      'As POST /api/release, with the fields as query parameters (ids comma-separated), for plain links.',
    query: releaseQuerySchema,
    response: z.unknown(),
  },
  {
    name: 'auditLog',
    method: 'GET',
    path: '/api/audit',
    minRole: 'supervisor',
    summary: 'The audit log, newest first; filter by issue, user, action.',
    query: auditQuerySchema,
    response: auditListResponseSchema,
  },
  {
    name: 'stats',
    method: 'GET',
    path: '/api/stats',
    minRole: 'supervisor',
    summary:
      'Issues per status, median editing time, boundaries changed per 100 articles, approvals per week.',
    response: statsResponseSchema,
  },
  {
    name: 'listReporters',
    method: 'GET',
    path: '/api/reporters',
    minRole: 'editor',
    summary: 'Reporter names seen across the archive, with roles and issue counts.',
    query: reporterListQuerySchema,
    response: reporterListResponseSchema,
  },
  {
    name: 'listUsers',
    method: 'GET',
    path: '/api/users',
    minRole: 'admin',
    summary: 'All accounts.',
    response: userListResponseSchema,
  },
  {
    name: 'createUser',
    method: 'POST',
    path: '/api/users',
    minRole: 'admin',
    summary: 'Add an account.',
    body: createUserRequestSchema,
    response: userResponseSchema,
  },
  {
    name: 'updateUser',
    method: 'PATCH',
    path: '/api/users/:id',
    minRole: 'admin',
    summary: 'Change display name or role, reset the password, (de)activate.',
    body: updateUserRequestSchema,
    response: userResponseSchema,
  },
  {
    name: 'health',
    method: 'GET',
    path: '/api/health',
    minRole: 'anonymous',
    summary: 'Liveness and database check.',
    response: healthResponseSchema,
  },
  {
    name: 'openapi',
    method: 'GET',
    path: '/api/openapi.json',
    minRole: 'anonymous',
    summary: 'This contract as OpenAPI 3.1.',
    response: z.unknown(),
  },
] as const satisfies readonly RouteDef[];

export type RouteName = (typeof ROUTES)[number]['name'];

/** Header every state-changing request must carry. */
export const CSRF_HEADER = 'X-Galley-CSRF';
export const SESSION_COOKIE = 'galley_session';

// Compile-time checks that the schemas above accept exactly the model's shapes.
type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _docMatches: Equals<z.infer<typeof docSchema>, Doc> = true;
const _suggestionMatches: Equals<z.infer<typeof linkSuggestionSchema>, LinkSuggestion> = true;
void _docMatches;
void _suggestionMatches;
