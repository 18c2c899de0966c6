/**
 * Releases: many issues' exports with their source texts, as a stream of files. Issues are loaded
 * one at a time as the consumer asks for them, so a release of the whole archive never sits in memory.
 *
 * Files, per issue: `<id>/export.json` and `<id>/source.txt`; last, `manifest.json` listing every
 * file with its sha256 (computed as the files go by).
 */
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { ZipFile } from 'yazl';
import type { IssueStatus } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { sha256Hex } from '../util.ts';
import { currentApprovedContent } from './approved-exports.ts';
import { exportIssue } from './export.ts';

export const RELEASE_SCHEMA = 'galley.release/1';

export interface ReleaseSelection {
  ids?: string[] | undefined;
  publication?: string | undefined;
  /** Issue dates, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Approved at or after (status 'approved'), else last changed at or after; an ISO date or timestamp. */
  since?: string | undefined;
  status: IssueStatus;
}

/** The ids of the selected issues in issue-date order; named ids must exist and have `status`. */
export async function selectRelease(db: Kysely<Database>, sel: ReleaseSelection): Promise<string[]> {
  if (sel.ids && sel.ids.length > 0) {
    const wanted = [...new Set(sel.ids)];
    const found = new Map<string, IssueStatus>();
    const frozen = new Set<string>();
    // Chunks keep the IN list within PostgreSQL's and SQLite's parameter limits.
    for (let i = 0; i < wanted.length; i += 5000) {
      const chunk = wanted.slice(i, i + 5000);
      const rows = await db.selectFrom('issues').select(['id', 'status']).where('id', 'in', chunk).execute();
      for (const r of rows) found.set(r.id, r.status);
      const exported = await db
        .selectFrom('approved_exports')
        .select('issue_id')
        .distinct()
        .where('issue_id', 'in', chunk)
        .execute();
      for (const r of exported) frozen.add(r.issue_id);
    }
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw notFound(`no such issue: ${missing.slice(0, 10).join(', ')}`);
    // An approved issue counts as approved here only with its frozen export.
    const other = wanted.filter(
      (id) => found.get(id) !== sel.status || (sel.status === 'approved' && !frozen.has(id)),
    );
    if (other.length > 0) {
      throw new HttpError(
        409,
        'not-approved',
        `${other.length} of the issues asked for are not ${sel.status}`,
        {
          details: other,
        },
      );
    }
    return wanted;
  }
  let q = db.selectFrom('issues').select('id').where('status', '=', sel.status);
  if (sel.status === 'approved') {
    q = q.where('id', 'in', (eb) => eb.selectFrom('approved_exports').select('issue_id'));
  }
  if (sel.publication) q = q.where('publication', '=', sel.publication);
  if (sel.from) q = q.where('issue_date', '>=', sel.from);
  if (sel.to) q = q.where('issue_date', '<=', sel.to);
  if (sel.since) {
    const since = sel.since;
    q =
      sel.status === 'approved'
        ? q.where('id', 'in', (eb) =>
            eb.selectFrom('approved_exports').select('issue_id').where('approved_at', '>=', since),
          )
        : q.where('updated_at', '>=', since);
  }
  const rows = await q.orderBy('issue_date').orderBy('id').execute();
  return rows.map((r) => r.id);
}

export interface ReleaseItem {
  id: string;
  /** The frozen approved export for approved issues; the current revision's export otherwise. */
  exportJson: string;
  /** The source text as imported: decoded and normalised, the text the export's offsets index. */
  source: string;
}

export async function loadReleaseItem(db: Kysely<Database>, id: string): Promise<ReleaseItem> {
  const exportJson =
    (await currentApprovedContent(db, id)) ?? JSON.stringify(await exportIssue(db, id), null, 2);
  const src = await db
    .selectFrom('issue_sources')
    .select('text')
    .where('issue_id', '=', id)
    .executeTakeFirst();
  if (!src) throw notFound(`no source for issue ${id}`);
  return { id, exportJson, source: src.text };
}

export interface ReleaseFile {
  path: string;
  data: Buffer;
}

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export function releasePaths(ids: string[]): string[] {
  return [...ids.flatMap((id) => [`${id}/export.json`, `${id}/source.txt`]), 'manifest.json'];
}

export function manifestJson(files: ManifestFile[], createdAt: string, status: IssueStatus): string {
  return JSON.stringify(
    {
      schema: RELEASE_SCHEMA,
      createdAt,
      status,
      issues: files.length / 2,
      sourceText:
        'Each <id>/source.txt is the issue text as imported: decoded from its original encoding ' +
        '(issue.source.encoding in export.json) and normalised, written as UTF-8. Export offsets are ' +
        'Unicode code points into this text; its sha256 is issue.source.sha256.',
      files,
    },
    null,
    2,
  );
}

/** The release's files in order, the manifest last. */
export async function* releaseFiles(
  db: Kysely<Database>,
  ids: string[],
  options: { createdAt: string; status: IssueStatus },
): AsyncGenerator<ReleaseFile> {
  const listed: ManifestFile[] = [];
  const file = (path: string, text: string): ReleaseFile => {
    const data = Buffer.from(text, 'utf8');
    listed.push({ path, sha256: sha256Hex(data), bytes: data.length });
    return { path, data };
  };
  for (const id of ids) {
    const item = await loadReleaseItem(db, id);
    yield file(`${id}/export.json`, item.exportJson);
    yield file(`${id}/source.txt`, item.source);
  }
  yield {
    path: 'manifest.json',
    data: Buffer.from(manifestJson(listed, options.createdAt, options.status), 'utf8'),
  };
}

/**
 * A ZIP of `files` (whose paths must be `paths`, in order). yazl asks for each entry's data only when
 * it reaches that entry and the output has drained, so the next issue is loaded no earlier than needed.
 */
export function zipStream(files: AsyncIterator<ReleaseFile>, paths: string[], mtime: Date): Readable {
  const zip = new ZipFile();
  for (const path of paths) {
    zip.addReadStreamLazy(path, { mtime }, (cb) => {
      files.next().then(
        (r) => {
          if (r.done || r.value.path !== path)
            cb(new Error(`release out of step at ${path}`), undefined as never);
          else cb(null, Readable.from([r.value.data]));
        },
        (err: unknown) => cb(err instanceof Error ? err : new Error(String(err)), undefined as never),
      );
    });
  }
  zip.end();
  const out = zip.outputStream as Readable;
  zip.on('error', (err: Error) => out.destroy(err));
  return out;
}

/** One JSON line per issue: `{"export": …, "source": "…"}`. */
export function jsonlStream(db: Kysely<Database>, ids: string[]): Readable {
  async function* lines(): AsyncGenerator<string> {
    for (const id of ids) {
      const item = await loadReleaseItem(db, id);
      yield `${JSON.stringify({ export: JSON.parse(item.exportJson) as unknown, source: item.source })}\n`;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
