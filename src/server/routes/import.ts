import { MAX_IMPORT_FILES } from '../../api/contract.ts';
import type { ImportFileResult } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { HttpError } from '../errors.ts';
import { auditSource } from '../http.ts';
import { recordAudit } from '../services/audit.ts';
import { importIssue } from '../services/import.ts';

function field(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function importRoutes({ db, config }: AppDeps) {
  return {
    async importIssues(c: Ctx) {
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody({ all: true });
      } catch {
        throw new HttpError(400, 'bad-request', 'expected multipart/form-data');
      }
      const raw = body.files;
      const files = (Array.isArray(raw) ? raw : [raw]).filter((f): f is File => f instanceof File);
      if (files.length === 0) throw new HttpError(400, 'no-files', 'no files in the `files` field');
      if (files.length > MAX_IMPORT_FILES) {
        throw new HttpError(400, 'bad-request', `at most ${MAX_IMPORT_FILES} files per request`);
      }
      const encoding = field(body.encoding);
      const publication = field(body.publication);
      const dryRun = ['1', 'true'].includes(field(body.dryRun) ?? '');
      const userId = c.get('user')?.id ?? null;

      const results: ImportFileResult[] = [];
      for (const file of files) {
        if (!/\.txt$/i.test(file.name)) {
          results.push({
            filename: file.name,
            status: 'error',
            error: { code: 'not-txt', message: 'Only .txt files can be imported.' },
          });
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await importIssue(
          db,
          { filename: file.name, bytes, encoding, publication },
          { userId, dryRun, now: config.now() },
        );
        results.push(result);
        if (result.status === 'imported') {
          await recordAudit(db, {
            action: 'import',
            ...auditSource(c, config),
            issueId: result.issueId ?? null,
            now: config.now(),
            details: { filename: result.filename, encoding: result.encoding, bytes: bytes.length },
          });
        }
      }
      const only = results.length === 1 ? results[0] : undefined;
      if (only?.error?.code === 'too-large') {
        return c.json({ error: only.error, results }, 413);
      }
      return c.json({ results });
    },
  };
}
