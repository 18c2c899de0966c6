import type { Updateable } from 'kysely';
import { issueListQuerySchema, patchIssueRequestSchema, submitRequestSchema } from '../../api/contract.ts';
import type { IssueResponse } from '../../api/contract.ts';
import type { LinkSuggestion } from '../../core/model.ts';
import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import type { IssuesTable } from '../db/schema.ts';
import { notFound, parseWith, readJson } from '../errors.ts';
import { auditSource, param, readOptionalJson } from '../http.ts';
import { currentApprovedContent } from '../services/approved-exports.ts';
import { recordAudit } from '../services/audit.ts';
import { exportIssue } from '../services/export.ts';
import { getIssueDetail, listIssues } from '../services/library.ts';
import { decodeDoc } from '../services/revision-store.ts';
import { loadSource } from '../services/sources.ts';
import { submitIssue } from '../services/status.ts';
import { isoNow } from '../util.ts';

export function issueRoutes({ db, config }: AppDeps) {
  return {
    async listIssues(c: Ctx) {
      const query = parseWith(issueListQuerySchema, c.req.query(), 'query');
      return c.json(await listIssues(db, query, config.now()));
    },

    async getIssue(c: Ctx) {
      const id = param(c, 'id');
      const issue = await getIssueDetail(db, id, config.now());
      const [current, proposal, src] = await Promise.all([
        db
          .selectFrom('revisions')
          .select('doc')
          .where('issue_id', '=', id)
          .where('rev', '=', issue.revision)
          .executeTakeFirst(),
        db
          .selectFrom('revisions')
          .select('suggestions')
          .where('issue_id', '=', id)
          .where('rev', '=', 0)
          .executeTakeFirst(),
        loadSource(db, id),
      ]);
      if (!current) throw notFound('no such issue');
      const body: IssueResponse = {
        issue,
        source: src.text,
        doc: await decodeDoc(db, id, current.doc),
        suggestions: proposal?.suggestions ? (JSON.parse(proposal.suggestions) as LinkSuggestion[]) : [],
      };
      return c.json(body, 200, { ETag: `"${issue.revision}"` });
    },

    async patchIssue(c: Ctx) {
      const id = param(c, 'id');
      const body = await readJson(c, patchIssueRequestSchema);
      const set: Updateable<IssuesTable> = {
        updated_at: isoNow(config.now()),
        updated_by: c.get('user')?.id ?? null,
      };
      if (body.publication !== undefined) set.publication = body.publication;
      if (body.date !== undefined) set.issue_date = body.date;
      if (body.edition !== undefined) set.edition = body.edition;
      const result = await db.updateTable('issues').set(set).where('id', '=', id).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound('no such issue');
      await recordAudit(db, {
        action: 'issue-update',
        ...auditSource(c, config),
        issueId: id,
        now: config.now(),
        details: { ...body },
      });
      return c.json({ issue: await getIssueDetail(db, id, config.now()) });
    },

    async submitIssue(c: Ctx) {
      const id = param(c, 'id');
      const { message } = await readOptionalJson(c, submitRequestSchema);
      await submitIssue(db, {
        issueId: id,
        user: currentUser(c),
        message,
        source: auditSource(c, config),
        now: config.now(),
      });
      return c.json({ issue: await getIssueDetail(db, id, config.now()) });
    },

    /** Only an approved issue's frozen export says 'approved'; anything else is exported as it stands. */
    async exportIssue(c: Ctx) {
      const id = param(c, 'id');
      const row = await db.selectFrom('issues').select('filename').where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('no such issue');
      const content =
        (await currentApprovedContent(db, id)) ?? JSON.stringify(await exportIssue(db, id), null, 2);
      return c.body(content, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': attachment(row.filename, id, '.json'),
      });
    },
  };
}

/** Content-Disposition for a download named after the issue's file (ASCII fallback plus UTF-8 name). */
export function attachment(filename: string, id: string, suffix: string): string {
  const base = filename.replace(/\.[^.]*$/, '') || id;
  const ascii = base.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `attachment; filename="${ascii}${suffix}"; filename*=UTF-8''${encodeURIComponent(base + suffix)}`;
}
