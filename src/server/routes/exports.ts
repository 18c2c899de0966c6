import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { z } from 'zod';
import { releaseQuerySchema, releaseRequestSchema } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { notFound, parseWith, readJson } from '../errors.ts';
import { auditSource, intParam, param } from '../http.ts';
import { getApprovedExport, listApprovedExports } from '../services/approved-exports.ts';
import { recordAudit } from '../services/audit.ts';
import { jsonlStream, releaseFiles, releasePaths, selectRelease, zipStream } from '../services/release.ts';
import { isoNow } from '../util.ts';
import { attachment } from './issues.ts';

type ReleaseRequest = z.output<typeof releaseRequestSchema>;

/** The audit entry names the issues released, up to this many (the count is always there). */
const AUDITED_IDS = 1000;

export function exportRoutes({ db, config }: AppDeps) {
  async function release(c: Ctx, req: ReleaseRequest) {
    const now = config.now();
    const ids = await selectRelease(db, {
      ids: req.ids,
      publication: req.publication,
      from: req.from,
      to: req.to,
      since: req.approvedSince,
      status: 'approved',
    });
    await recordAudit(db, {
      action: 'release',
      ...auditSource(c, config),
      now,
      details: {
        format: req.format,
        issues: ids.length,
        ids: ids.slice(0, AUDITED_IDS),
        filter: {
          publication: req.publication,
          from: req.from,
          to: req.to,
          approvedSince: req.approvedSince,
        },
      },
    });
    const createdAt = isoNow(now);
    const stamp = createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const stream =
      req.format === 'jsonl'
        ? jsonlStream(db, ids)
        : zipStream(
            releaseFiles(db, ids, { createdAt, status: 'approved' }),
            releasePaths(ids),
            new Date(now),
          );
    const web = Readable.toWeb(stream) as WebReadableStream<Uint8Array>;
    return c.body(web as unknown as ReadableStream<Uint8Array>, 200, {
      'Content-Type': req.format === 'jsonl' ? 'application/x-ndjson; charset=utf-8' : 'application/zip',
      'Content-Disposition': `attachment; filename="galley-release-${stamp}.${req.format}"`,
    });
  }

  return {
    async listApprovedExports(c: Ctx) {
      return c.json({ items: await listApprovedExports(db, param(c, 'id')) });
    },

    async getApprovedExport(c: Ctx) {
      const id = param(c, 'id');
      const version = intParam(c, 'version');
      const issue = await db.selectFrom('issues').select('filename').where('id', '=', id).executeTakeFirst();
      if (!issue) throw notFound('no such issue');
      const stored = await getApprovedExport(db, id, version);
      return c.body(stored.content, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': attachment(issue.filename, id, `.v${version}.json`),
        ETag: `"${stored.sha256}"`,
      });
    },

    async releaseExports(c: Ctx) {
      return release(c, await readJson(c, releaseRequestSchema));
    },

    async releaseExportsGet(c: Ctx) {
      return release(c, parseWith(releaseQuerySchema, c.req.query(), 'query'));
    },
  };
}
