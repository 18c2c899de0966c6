import { describe, expect, it } from 'vitest';
import type { LinkSuggestion } from '../../../../core/model.ts';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { applyOp } from './docOps.ts';
import { articleIds, doubtfulBoundaries, liveSuggestions } from './docIndex.ts';
import { lineSpan } from './geometry.ts';

describe('document lookups the panes subscribe to', () => {
  it('article ids stay the same array when an edit changes no article order', () => {
    const { src, doc } = tinyIssue();
    const ids = articleIds(doc);
    const r = applyOp(doc, src, { kind: 'confirmBoundary', articleId: 'a2' });
    if (!r.ok) throw new Error(r.error.message);
    expect(articleIds(r.doc)).toBe(ids);
    expect(ids).toEqual(['a1', 'a2', 'a3']);
  });

  it('article ids are a new list once a split adds an article', () => {
    const { src, doc } = tinyIssue();
    const ids = articleIds(doc);
    const r = applyOp(doc, src, { kind: 'split', at: lineSpan(src, 6).start + 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(articleIds(r.doc)).not.toBe(ids);
    expect(articleIds(r.doc)).toHaveLength(4);
  });

  it('doubtful boundaries are worked out once per document and follow a confirmation', () => {
    const { src, doc } = tinyIssue();
    expect(doubtfulBoundaries(doc).map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(doubtfulBoundaries(doc)).toBe(doubtfulBoundaries(doc));
    const r = applyOp(doc, src, { kind: 'confirmBoundary', articleId: 'a2' });
    if (!r.ok) throw new Error(r.error.message);
    expect(doubtfulBoundaries(r.doc).map((a) => a.id)).toEqual(['a3']);
  });

  it('live suggestions drop one whose fragment was merged away, and keep the answer per document', () => {
    const { src, doc } = tinyIssue();
    const suggestions: LinkSuggestion[] = [{ articleId: 'a1', fragmentId: 'a3', confidence: 0.5, cues: [] }];
    expect(liveSuggestions(doc, suggestions)).toHaveLength(1);
    expect(liveSuggestions(doc, suggestions)).toBe(liveSuggestions(doc, suggestions));
    const r = applyOp(doc, src, { kind: 'merge', articleId: 'a3' });
    if (!r.ok) throw new Error(r.error.message);
    expect(liveSuggestions(r.doc, suggestions)).toEqual([]);
  });
});
