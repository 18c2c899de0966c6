/** What changed between two versions of a document, article by article, for the conflict dialog. */
import type { Article, Doc } from '../../../../core/model.ts';

export interface DocChanges {
  added: Article[];
  removed: Article[];
  changed: Article[];
  unassignedChanged: boolean;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function articleChanged(a: Article | undefined, b: Article | undefined): boolean {
  return !same(a, b);
}

export function diffDocs(from: Doc, to: Doc): DocChanges {
  const before = new Map(from.articles.map((a) => [a.id, a]));
  const after = new Map(to.articles.map((a) => [a.id, a]));
  return {
    added: to.articles.filter((a) => !before.has(a.id)),
    removed: from.articles.filter((a) => !after.has(a.id)),
    changed: to.articles.filter((a) => before.has(a.id) && articleChanged(before.get(a.id), a)),
    unassignedChanged: !same(from.unassigned, to.unassigned),
  };
}

export function docsEqual(a: Doc, b: Doc): boolean {
  return same(a, b);
}
