/**
 * Source texts are immutable, so a small in-process cache is safe even with several server
 * processes; autosaves of a 2 MB issue then skip re-reading and re-indexing the text.
 */
import type { Kysely } from 'kysely';
import { SourceText } from '../../core/text.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';

const MAX_ENTRIES = 16;
const cache = new Map<string, SourceText>();

export function rememberSource(issueId: string, src: SourceText): void {
  cache.delete(issueId);
  cache.set(issueId, src);
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

export async function loadSource(db: Kysely<Database>, issueId: string): Promise<SourceText> {
  const hit = cache.get(issueId);
  if (hit) {
    rememberSource(issueId, hit);
    return hit;
  }
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
