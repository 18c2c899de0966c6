/**
 * Reading a saved document. An autosave changes one or two articles, so each issue keeps its last
 * saved revision's articles, keyed by their JSON and by id: an article seen before skips the schema
 * check and, once its document passed the invariants, the per-article half of them (both depend
 * only on the article and the issue's immutable source). Anything new is checked in full.
 *
 * A save comes as the whole document ({ doc }) or as changes to its If-Match revision ({ changes }),
 * where an unchanged article is just its id; both end up as the same ParsedDoc.
 */
import { z } from 'zod';
import { docSchema, saveDocumentChangesRequestSchema } from '../../api/contract.ts';
import type { Article, Doc, UnassignedRange } from '../../core/model.ts';
import { HttpError } from '../errors.ts';
import { IssueCache } from './issue-cache.ts';

export interface ArticleEntry {
  article: Article;
  /** JSON.stringify(article): the stored form and the key of the derived-field cache. */
  json: string;
  /** The JSON of the article as the client sent it (the same as `json` unless its keys came in another order). */
  sent: string;
  /** This exact article was part of a saved document of this issue, so its roles fit the source. */
  valid: boolean;
}

export interface ParsedDoc {
  issueId: string;
  doc: Doc;
  /** One per article, in order. */
  entries: ArticleEntry[];
}

/** A save as changes: each item an unchanged article's id or a checked new one. */
export interface DocChanges {
  issueId: string;
  items: (string | ArticleEntry)[];
  /** Absent: as in the base revision. */
  unassigned?: UnassignedRange[];
}

interface Saved {
  rev: number;
  byJson: Map<string, ArticleEntry>;
  byId: Map<string, ArticleEntry>;
  entries: ArticleEntry[];
  unassigned: UnassignedRange[];
}

const articleSchema = docSchema.shape.articles.element;
// The contract's own limits on the lists (e.g. at most 10,000 articles), without parsing each element.
const docChecks = (docSchema.shape.articles.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[];
const docEnvelope = docSchema.extend({ articles: z.array(z.unknown()).check(...docChecks) });
const changesShape = saveDocumentChangesRequestSchema.shape.changes;
const changesChecks = (changesShape.shape.articles.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[];
const changesEnvelope = changesShape.extend({ articles: z.array(z.unknown()).check(...changesChecks) });
const articleRef = changesShape.shape.articles.element.options[0];

/** About 60 MB of article JSON across all issues. */
const MAX_CHARS = 30_000_000;
const known = new IssueCache<Saved>(MAX_CHARS, (saved) => {
  let chars = 0;
  for (const e of saved.entries) chars += e.sent === e.json ? e.json.length : e.sent.length + e.json.length;
  return chars;
});

function invalid(schema: z.ZodType, raw: unknown, prefix: string): HttpError {
  // Messages come from the full schema so they read the same whatever the cache held.
  const result = schema.safeParse(raw);
  const details = result.success
    ? ['the document does not match the schema']
    : result.error.issues.map(
        (i) => `${[prefix, ...i.path].filter((p) => p !== '').join('.')}: ${i.message}`,
      );
  return new HttpError(422, 'invalid-document', 'the document does not match the schema', { details });
}

/**
 * Whether a parsed JSON value equals a checked article: same keys (in any order) and values. Cheaper
 * than serialising every article of every save to compare JSON.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (
      !Object.hasOwn(b, k) ||
      !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/** An article through the cache of the issue's last save, or the schema; null when it does not match. */
function entryOf(raw: unknown, saved: Saved | undefined): ArticleEntry | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  const same = typeof id === 'string' ? saved?.byId.get(id) : undefined;
  if (same && sameJson(raw, same.article)) return same;
  const key = JSON.stringify(raw);
  const hit = saved?.byJson.get(key);
  if (hit) return hit;
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) return null;
  return { article: parsed.data, json: JSON.stringify(parsed.data), sent: key, valid: false };
}

function parsedDoc(issueId: string, entries: ArticleEntry[], unassigned: UnassignedRange[]): ParsedDoc {
  return { issueId, doc: { articles: entries.map((e) => e.article), unassigned }, entries };
}

/** The document of a save request, checked against the contract's schema; 422 when it does not match. */
export function parseDoc(raw: unknown, issueId: string): ParsedDoc {
  const envelope = docEnvelope.safeParse(raw);
  if (!envelope.success) throw invalid(docSchema, raw, '');
  const saved = known.get(issueId);
  const entries: ArticleEntry[] = [];
  for (const rawArticle of envelope.data.articles) {
    const entry = entryOf(rawArticle, saved);
    if (!entry) throw invalid(docSchema, raw, '');
    entries.push(entry);
  }
  return parsedDoc(issueId, entries, envelope.data.unassigned);
}

/** The changes of a save request, checked against the contract's schema; 422 when they do not match. */
export function parseChanges(raw: unknown, issueId: string): DocChanges {
  const envelope = changesEnvelope.safeParse(raw);
  if (!envelope.success) throw invalid(changesShape, raw, 'changes');
  const saved = known.get(issueId);
  const items: (string | ArticleEntry)[] = [];
  for (const item of envelope.data.articles) {
    const ref = typeof item === 'string' ? articleRef.safeParse(item) : null;
    const entry = ref ? null : entryOf(item, saved);
    if (ref?.success) items.push(ref.data);
    else if (entry) items.push(entry);
    else throw invalid(changesShape, raw, 'changes');
  }
  const { unassigned } = envelope.data;
  return { issueId, items, ...(unassigned ? { unassigned } : {}) };
}

/** The last saved revision of the issue, when this process saved it and it is `rev`. */
export function savedRevision(issueId: string, rev: number): ParsedDoc | null {
  const saved = known.get(issueId);
  if (saved?.rev !== rev) return null;
  return parsedDoc(issueId, saved.entries, saved.unassigned);
}

/** The whole document the changes make of their base revision; 422 for an id the base does not have. */
export function applyChanges(changes: DocChanges, base: ParsedDoc, baseRev: number): ParsedDoc {
  const byId = new Map<string, ArticleEntry>();
  for (const e of base.entries) byId.set(e.article.id, e);
  const entries = changes.items.map((item, i) => {
    if (typeof item !== 'string') return item;
    const entry = byId.get(item);
    if (!entry) {
      throw new HttpError(422, 'invalid-document', 'the changes name an article the revision does not have', {
        details: [`changes.articles.${i}: revision ${baseRev} has no article ${item}`],
      });
    }
    return entry;
  });
  return parsedDoc(changes.issueId, entries, changes.unassigned ?? base.doc.unassigned);
}

/** After a save committed as revision `rev`: the next autosave will mostly resend its articles. */
export function rememberSaved(parsed: ParsedDoc, rev: number): void {
  const byJson = new Map<string, ArticleEntry>();
  const byId = new Map<string, ArticleEntry>();
  const entries = parsed.entries.map((e) => {
    const entry = e.valid ? e : { ...e, valid: true };
    byJson.set(entry.json, entry);
    byJson.set(entry.sent, entry);
    byId.set(entry.article.id, entry);
    return entry;
  });
  known.set(parsed.issueId, { rev, byJson, byId, entries, unassigned: parsed.doc.unassigned });
}
