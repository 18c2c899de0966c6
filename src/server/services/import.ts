/**
 * Import one file: decode, detect duplicates, segment (the proposal becomes revision 0), and store it
 * all in one transaction. Per-file problems are results, not exceptions, so a batch reports each file.
 */
import type { Kysely } from 'kysely';
import { MAX_IMPORT_FILE_BYTES } from '../../api/contract.ts';
import type { ImportFileResult } from '../../api/contract.ts';
import { decode, DecodeError } from '../../core/decode/index.ts';
import type { DecodeResult } from '../../core/decode/index.ts';
import { parseIssueFileName } from '../../core/filename.ts';
import { segment } from '../../core/segment/index.ts';
import { SourceText } from '../../core/text.ts';
import { isUniqueViolation } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { isoNow, newId, sha256Hex } from '../util.ts';
import { docInfo } from './docinfo.ts';
import { replaceIssueReporters } from './reporters.ts';
import { rememberSource } from './sources.ts';

export interface ImportInput {
  filename: string;
  bytes: Uint8Array;
  /** Force an encoding (WHATWG label) instead of detecting it. */
  encoding?: string | undefined;
  /** Overrides the publication read from the file name. */
  publication?: string | undefined;
}

export interface ImportOptions {
  userId: string | null;
  dryRun?: boolean;
  now?: number;
}

const PREVIEW_CHARS = 400;

function failure(filename: string, code: string, message: string): ImportFileResult {
  return { filename, status: 'error', error: { code, message } };
}

async function findBySha(db: Kysely<Database>, sha256: string): Promise<string | undefined> {
  const row = await db.selectFrom('issues').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return row?.id;
}

export async function importIssue(
  db: Kysely<Database>,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportFileResult> {
  const { filename } = input;
  if (input.bytes.length > MAX_IMPORT_FILE_BYTES) {
    return failure(filename, 'too-large', `The file is ${input.bytes.length} bytes; the limit is 20 MB.`);
  }
  let decoded: DecodeResult;
  try {
    decoded = decode(input.bytes, input.encoding ? { encoding: input.encoding } : {});
  } catch (err) {
    if (err instanceof DecodeError) return failure(filename, err.code, err.message);
    throw err;
  }
  const { text, encoding, confidence, warnings } = decoded;
  // PostgreSQL cannot store U+0000 in text; the decoder refuses it, this keeps both backends equal regardless.
  if (text.includes('\u0000')) return failure(filename, 'binary', 'The file contains NUL characters.');
  if (text.trim() === '') return failure(filename, 'empty', 'The file holds only whitespace.');

  const sha256 = sha256Hex(text);
  const meta = parseIssueFileName(filename);
  const publication = input.publication?.trim() || meta.publication;
  const base = {
    filename,
    encoding,
    confidence,
    warnings,
    publication,
    date: meta.date,
    edition: meta.edition,
  };
  const existing = await findBySha(db, sha256);
  if (existing) return { ...base, status: 'duplicate', issueId: existing };
  if (options.dryRun) return { ...base, status: 'preview', preview: text.slice(0, PREVIEW_CHARS) };

  const src = new SourceText(text);
  const proposal = segment(text);
  const id = newId();
  const info = docInfo(proposal.doc, src, id);
  const at = isoNow(options.now);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('issues')
        .values({
          id,
          publication,
          issue_date: meta.date,
          edition: meta.edition,
          filename,
          encoding,
          sha256,
          length: src.length,
          status: 'proposed',
          assignee_id: null,
          current_rev: 0,
          article_count: info.articleCount,
          flag_count: info.flagCount,
          search_text: info.searchText,
          created_at: at,
          created_by: options.userId,
          updated_at: at,
          updated_by: options.userId,
        })
        .execute();
      await trx.insertInto('issue_sources').values({ issue_id: id, text }).execute();
      await trx
        .insertInto('revisions')
        .values({
          issue_id: id,
          rev: 0,
          kind: 'proposal',
          doc: JSON.stringify(proposal.doc),
          suggestions: JSON.stringify(proposal.suggestions),
          author_id: null,
          created_at: at,
          base_rev: null,
          restored_from: null,
          save_id: null,
          article_count: info.articleCount,
          flag_count: info.flagCount,
        })
        .execute();
      await replaceIssueReporters(trx, id, info.reporters);
    });
  } catch (err) {
    // Someone imported the same text between our check and our insert.
    if (isUniqueViolation(err)) {
      const winner = await findBySha(db, sha256);
      if (winner) return { ...base, status: 'duplicate', issueId: winner };
    }
    throw err;
  }
  rememberSource(id, src);
  return { ...base, status: 'imported', issueId: id };
}
