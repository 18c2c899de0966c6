import { describe, expect, it } from 'vitest';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { lineSpan } from './geometry.ts';
import { layoutLine } from './lineRuns.ts';
import { applyOp } from './docOps.ts';

describe('line layout', () => {
  it('a headline line is one headline run with the boundary marker at its start', () => {
    const { src, doc } = tinyIssue();
    const layout = layoutLine(doc, src, 4);
    expect(layout.runs).toEqual([
      { ...lineSpan(src, 4), kind: 'article', articleId: 'a2', number: 2, role: 'headline' },
    ]);
    expect(layout.markers).toMatchObject([{ articleId: 'a2', kind: 'boundary', atLineStart: true }]);
  });

  it('a split inside a line gives two runs of two articles and a mid-line marker', () => {
    const { src, doc } = tinyIssue();
    const at = lineSpan(src, 6).start + 3;
    const r = applyOp(doc, src, { kind: 'split', at });
    if (!r.ok) throw new Error(r.error.message);
    const layout = layoutLine(r.doc, src, 6);
    expect(layout.runs.map((x) => [x.articleId, x.start, x.end])).toEqual([
      ['a2', lineSpan(src, 6).start, at],
      ['a4', at, lineSpan(src, 6).end],
    ]);
    expect(layout.markers).toMatchObject([{ offset: at, atLineStart: false, number: 3 }]);
  });

  it('unassigned text is its own kind of run', () => {
    const { src, doc } = tinyIssue();
    const r = applyOp(doc, src, { kind: 'markUnassigned', range: lineSpan(src, 6), label: null });
    if (!r.ok) throw new Error(r.error.message);
    expect(layoutLine(r.doc, src, 6).runs.map((x) => x.kind)).toEqual(['unassigned']);
  });

  it('a blank line has no runs', () => {
    const { src, doc } = tinyIssue();
    expect(layoutLine(doc, src, 1).runs).toEqual([]);
  });
});
