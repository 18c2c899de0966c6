/**
 * Source texts are immutable, so a small in-process cache is safe even with several server
 * processes; autosaves of a 2 MB issue then skip re-reading and re-indexing the text.
 */
import type { Kysely } from 'kysely';
import { SourceText } from '../../core/text.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { IssueCache } from './issue-cache.ts';

/**
 * Bounded by characters, not entries: twenty editors autosaving twenty 300k issues must all stay
 * cached (a miss re-reads and re-indexes the whole text on every save), about 130 MB at most.
 */
const MAX_CHARS = 32_000_000;
const cache = new IssueCache<SourceText>(MAX_CHARS, (src) => src.text.length);

export function rememberSource(issueId: string, src: SourceText): void {
  cache.set(issueId, src);
}

export async function loadSource(db: Kysely<Database>, issueId: string): Promise<SourceText> {
  const hit = cache.get(issueId);
  if (hit) return hit;
  const row = await db
    .selectFrom('issue_sources')
    .select('text')
    .where('issue_id', '=', issueId)
    .executeTakeFirst();
  if (!row) throw notFound('no such issue');
  const src = new SourceText(row.text);
  rememberSource(issueId, src);
  return src;
}
