import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../../core/model.ts';
import { applyOp } from '../state/docOps.ts';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { changesJson, docJson } from './docJson.ts';

describe('document JSON', () => {
  it('parses to the same document as JSON.stringify gives', () => {
    const { doc } = tinyIssue();
    expect(JSON.parse(docJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('after an edit it carries the edited article, not the text kept for the old one', () => {
    const { src, doc } = tinyIssue();
    docJson(doc);
    const r = applyOp(doc, src, { kind: 'setField', articleId: 'a2', field: 'headline', value: '新标题' });
    if (!r.ok) throw new Error(r.error.message);
    const parsed = JSON.parse(docJson(r.doc)) as Doc;
    expect(parsed.articles.find((a) => a.id === 'a2')?.fields.headline).toBe('新标题');
    expect(parsed).toEqual(JSON.parse(JSON.stringify(r.doc)));
  });

  it('a document with no articles is still an object with an empty list', () => {
    const empty: Doc = { articles: [], unassigned: [{ start: 0, end: 3, label: null }] };
    expect(JSON.parse(docJson(empty))).toEqual(empty);
  });

  it('a change set names unchanged articles by id and carries the edited one whole', () => {
    const { src, doc } = tinyIssue();
    const r = applyOp(doc, src, { kind: 'setField', articleId: 'a2', field: 'headline', value: '新标题' });
    if (!r.ok) throw new Error(r.error.message);
    const changes = JSON.parse(changesJson(r.doc, doc)) as { articles: unknown[]; unassigned?: unknown };
    expect(changes.articles).toHaveLength(r.doc.articles.length);
    r.doc.articles.forEach((a, k) => {
      if (a.id === 'a2') expect(changes.articles[k]).toEqual(JSON.parse(JSON.stringify(a)));
      else expect(changes.articles[k]).toBe(a.id);
    });
    expect(changes.unassigned).toBeUndefined();
  });

  it('a change set carries the unassigned ranges only when they changed', () => {
    const { doc } = tinyIssue();
    const moved: Doc = { ...doc, unassigned: [...doc.unassigned] };
    const changes = JSON.parse(changesJson(moved, doc)) as { articles: unknown[]; unassigned?: unknown };
    expect(changes.articles).toEqual(doc.articles.map((a) => a.id));
    expect(changes.unassigned).toEqual(JSON.parse(JSON.stringify(doc.unassigned)));
  });
});
