/**
 * Editor overrides of the reader-facing fields. `undefined` removes the override, so the field is
 * derived from the roles again.
 */
import type { Doc, FieldOverrides, Reporter } from '../model.ts';
import { fail, ok } from './result.ts';
import type { OpResult } from './result.ts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isReporters = (v: unknown): v is Reporter[] =>
  Array.isArray(v) &&
  v.every(
    (r: unknown) =>
      typeof r === 'object' &&
      r !== null &&
      isString((r as Reporter).name) &&
      isStringOrNull((r as Reporter).role),
  );

function copy<K extends keyof FieldOverrides>(
  key: K,
  value: NonNullable<FieldOverrides[K]> | null,
): FieldOverrides[K] {
  if (key === 'subheadlines') return [...(value as string[])] as FieldOverrides[K];
  if (key === 'reporters') {
    return (value as Reporter[]).map((r) => ({ name: r.name, role: r.role })) as FieldOverrides[K];
  }
  return value as FieldOverrides[K];
}

function setField<K extends keyof FieldOverrides>(
  doc: Doc,
  articleId: string,
  key: K,
  value: FieldOverrides[K] | undefined,
  valid: (v: unknown) => boolean,
): OpResult {
  const article = doc.articles.find((a) => a.id === articleId);
  if (!article) return fail('unknown-article', `No article ${String(articleId)}.`);
  let fields: FieldOverrides;
  if (value === undefined) {
    if (!(key in article.fields)) return ok(doc);
    fields = { ...article.fields };
    delete fields[key];
  } else {
    if (!valid(value)) return fail('invalid-value', `Not a valid ${key}.`);
    fields = { ...article.fields, [key]: copy(key, value) };
  }
  return ok({ ...doc, articles: doc.articles.map((a) => (a.id === articleId ? { ...a, fields } : a)) });
}

export function setHeadline(doc: Doc, articleId: string, value: string | undefined): OpResult {
  return setField(doc, articleId, 'headline', value, isString);
}

export function setKicker(doc: Doc, articleId: string, value: string | null | undefined): OpResult {
  return setField(doc, articleId, 'kicker', value, isStringOrNull);
}

export function setSubheadlines(doc: Doc, articleId: string, value: string[] | undefined): OpResult {
  return setField(doc, articleId, 'subheadlines', value, isStrings);
}

export function setByline(doc: Doc, articleId: string, value: string | null | undefined): OpResult {
  return setField(doc, articleId, 'byline', value, isStringOrNull);
}

export function setReporters(doc: Doc, articleId: string, value: Reporter[] | undefined): OpResult {
  return setField(doc, articleId, 'reporters', value, isReporters);
}
