import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../../core/model.ts';
import { applyOp } from '../state/docOps.ts';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { docJson } from './docJson.ts';

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
});
