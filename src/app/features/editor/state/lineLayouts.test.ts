import { describe, expect, it } from 'vitest';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { applyOp } from './docOps.ts';
import { lineSpan } from './geometry.ts';
import { lineLayouts } from './lineLayouts.ts';
import { layoutLine } from './lineRuns.ts';

describe('line layouts across edits', () => {
  it('a headline typed into one article keeps the same layout object for every line', () => {
    const { src, doc } = tinyIssue();
    const layouts = lineLayouts(src);
    const before = layouts(doc, 6);
    const r = applyOp(doc, src, {
      kind: 'setField',
      articleId: 'a2',
      field: 'headline',
      value: '改过的标题',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(layouts(r.doc, 6)).toBe(before);
  });

  it('a split on a line gives that line a new layout with the new article in it', () => {
    const { src, doc } = tinyIssue();
    const layouts = lineLayouts(src);
    const before = layouts(doc, 6);
    const r = applyOp(doc, src, { kind: 'split', at: lineSpan(src, 6).start + 3 });
    if (!r.ok) throw new Error(r.error.message);
    const after = layouts(r.doc, 6);
    expect(after).not.toBe(before);
    expect(after).toEqual(layoutLine(r.doc, src, 6));
    expect(after.runs).toHaveLength(2);
  });

  it('a split earlier in the text renumbers, and so redraws, the lines of later articles', () => {
    const { src, doc } = tinyIssue();
    const layouts = lineLayouts(src);
    const before = layouts(doc, 10);
    const r = applyOp(doc, src, { kind: 'split', at: lineSpan(src, 2).start + 2 });
    if (!r.ok) throw new Error(r.error.message);
    const after = layouts(r.doc, 10);
    expect(after).not.toBe(before);
    expect(after.runs[0]?.number).toBe((before.runs[0]?.number ?? 0) + 1);
  });
});
