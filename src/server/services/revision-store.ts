/**
 * How a revision's document is stored in revisions.doc. Small documents, and every so often a big
 * one, are stored whole: `{"articles":[…],"unassigned":[…]}`. Otherwise a big document is stored
 * against an earlier whole revision of the same issue (its base): `{"base":7,"articles":[0,1,{…},3],
 * "unassigned":[…]}`, where a number is the base's article at that index. An autosave of a 300k
 * issue then writes a few kilobytes instead of 280 kB; reading costs one more row, never a chain,
 * because a base is always whole. Revisions are never rewritten, so a base stays valid for good.
 * Every reader goes through readDoc/decodeDoc.
 */
import type { Kysely } from 'kysely';
import type { Article, Doc } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { ParsedDoc } from './doc-parse.ts';
import { IssueCache } from './issue-cache.ts';

/** Smaller documents are always stored whole (a delta would save little and hide them from plain SQL). */
export const DELTA_MIN_CHARS = 64_000;
/** A new whole revision once the articles that differ from the base reach this share of the document. */
const MAX_CHANGED_SHARE = 0.25;

interface Base {
  rev: number;
  /** Article JSON → its index in the base. */
  index: Map<string, number>;
}

/** The latest whole revision this process wrote per issue, with its articles. */
const bases = new IssueCache<Base>(2_000_000, (b) => b.index.size + 1);

interface DeltaDoc {
  base: number;
  articles: (number | Article)[];
  unassigned: Doc['unassigned'];
}

export interface StoredDoc {
  json: string;
  /** Stored whole: after the commit, it becomes the base of the next saves (see rememberStored). */
  whole: boolean;
}

function wholeJson(parsed: ParsedDoc): string {
  return `{"articles":[${parsed.entries.map((e) => e.json).join(',')}],"unassigned":${JSON.stringify(parsed.doc.unassigned)}}`;
}

/** The stored form of a document about to become a revision of its issue. */
export function encodeDoc(parsed: ParsedDoc): StoredDoc {
  let total = 0;
  for (const e of parsed.entries) total += e.json.length + 1;
  const base = bases.get(parsed.issueId);
  if (!base || total < DELTA_MIN_CHARS) return { json: wholeJson(parsed), whole: true };
  let changed = 0;
  const items: string[] = [];
  for (const e of parsed.entries) {
    const at = base.index.get(e.json);
    if (at === undefined) {
      changed += e.json.length;
      items.push(e.json);
    } else items.push(String(at));
  }
  if (changed > total * MAX_CHANGED_SHARE) return { json: wholeJson(parsed), whole: true };
  return {
    json: `{"base":${base.rev},"articles":[${items.join(',')}],"unassigned":${JSON.stringify(parsed.doc.unassigned)}}`,
    whole: false,
  };
}

/** After the revision committed. */
export function rememberStored(parsed: ParsedDoc, rev: number, stored: StoredDoc): void {
  if (!stored.whole) return;
  const index = new Map<string, number>();
  parsed.entries.forEach((e, i) => {
    if (!index.has(e.json)) index.set(e.json, i);
  });
  bases.set(parsed.issueId, { rev, index });
}

function isDelta(value: unknown): value is DeltaDoc {
  return typeof value === 'object' && value !== null && 'base' in value;
}

/** A stored document, whole again (reads its base when it is stored as a delta). */
export async function decodeDoc(db: Kysely<Database>, issueId: string, stored: string): Promise<Doc> {
  const value = JSON.parse(stored) as Doc | DeltaDoc;
  if (!isDelta(value)) return value;
  const row = await db
    .selectFrom('revisions')
    .select('doc')
    .where('issue_id', '=', issueId)
    .where('rev', '=', value.base)
    .executeTakeFirst();
  if (!row) throw new Error(`revision ${value.base} of issue ${issueId} (a base) is missing`);
  const base = JSON.parse(row.doc) as Doc;
  const articles = value.articles.map((a) => {
    if (typeof a !== 'number') return a;
    const article = base.articles[a];
    if (!article) throw new Error(`revision ${value.base} of issue ${issueId} has no article ${a}`);
    return article;
  });
  return { articles, unassigned: value.unassigned };
}

/** The document of one revision. */
export async function readDoc(db: Kysely<Database>, issueId: string, rev: number): Promise<Doc> {
  const row = await db
    .selectFrom('revisions')
    .select('doc')
    .where('issue_id', '=', issueId)
    .where('rev', '=', rev)
    .executeTakeFirst();
  if (!row) throw notFound('no such revision');
  return decodeDoc(db, issueId, row.doc);
}
