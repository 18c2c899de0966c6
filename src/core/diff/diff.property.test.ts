import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyArb, randomDoc, textArb } from '../ops/arbitraries.ts';
import type { Entropy } from '../ops/arbitraries.ts';
import { linkContinuation } from '../ops/links.ts';
import { mergeWithPrevious, splitAt } from '../ops/split.ts';
import { dropEmpty, tidyArticle } from '../ops/tidy.ts';
import { markUnassigned } from '../ops/unassigned.ts';
import type { Doc } from '../model.ts';
import { SourceText } from '../text.ts';
import { diffDocs } from './index.ts';
import type { ChangeKind } from './index.ts';

const FIELD_KINDS = new Set<ChangeKind>([
  'kicker-changed',
  'headline-changed',
  'subheadlines-changed',
  'byline-changed',
  'reporter-added',
  'reporter-removed',
  'reporter-role-changed',
]);

/**
 * A random document as the operations leave one: every part trimmed to its content. Raw random
 * documents may hold articles of whitespace alone, which no edit reads as an article.
 */
function tidyDoc(e: Entropy, src: SourceText): Doc {
  const doc = randomDoc(e, src);
  return { ...doc, articles: dropEmpty(doc.articles.map((a) => tidyArticle(a, src))) };
}

describe('diffDocs on random documents', () => {
  it('finds no change and perfect figures between a document and a copy of it', () => {
    fc.assert(
      fc.property(textArb, entropyArb, (text, e) => {
        const src = new SourceText(text);
        const doc = randomDoc(e, src);
        const d = diffDocs(doc, structuredClone(doc), src);
        expect(d.changes).toEqual([]);
        expect(d.figures).toMatchObject({
          boundariesChanged: 0,
          splitMergeDistance: 0,
          windowDiff: 0,
          bcubedF1: 1,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('locates every change inside the text and keeps the figures in range and symmetric', () => {
    fc.assert(
      fc.property(textArb, entropyArb, entropyArb, (text, e1, e2) => {
        const src = new SourceText(text);
        const a = randomDoc(e1, src);
        const b = randomDoc(e2, src);
        const d = diffDocs(a, b, src);
        const back = diffDocs(b, a, src);
        for (const c of d.changes) {
          expect(0 <= c.at.start && c.at.start <= c.at.end && c.at.end <= src.length).toBe(true);
          expect(c.at.line).toBe(src.lineOf(c.at.start));
          for (const id of c.proposalIds) expect(a.articles.some((x) => x.id === id)).toBe(true);
          for (const id of c.resultIds) expect(b.articles.some((x) => x.id === id)).toBe(true);
        }
        const starts = d.changes.map((c) => c.at.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        expect(d.figures.bcubedF1).toBeGreaterThanOrEqual(0);
        expect(d.figures.bcubedF1).toBeLessThanOrEqual(1);
        expect(d.figures.windowDiff).toBeGreaterThanOrEqual(0);
        expect(d.figures.windowDiff).toBeLessThanOrEqual(1);
        expect(back.figures.bcubedF1).toBeCloseTo(d.figures.bcubedF1, 10);
        expect(back.figures.boundariesChanged).toBe(d.figures.boundariesChanged);
        expect(back.figures.splitMergeDistance).toBe(d.figures.splitMergeDistance);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a split made by the editor as one split (or unlinked continuations) and nothing else', () => {
    fc.assert(
      fc.property(textArb, entropyArb, fc.nat(), (text, e, at) => {
        const src = new SourceText(text);
        const doc = tidyDoc(e, src);
        const r = splitAt(doc, src, at % (src.length + 1));
        fc.pre(r.ok);
        if (!r.ok) return;
        const d = diffDocs(doc, r.doc, src);
        const kinds = new Set(d.changes.map((c) => c.kind).filter((k) => !FIELD_KINDS.has(k)));
        expect([...kinds].every((k) => k === 'split' || k === 'continuation-unlinked')).toBe(true);
        expect(kinds.size).toBeGreaterThan(0);
        expect(d.figures.splitMergeDistance).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a merge made by the editor as one merge (or a linked continuation) and nothing else', () => {
    fc.assert(
      fc.property(textArb, entropyArb, fc.nat(), (text, e, k) => {
        const src = new SourceText(text);
        const doc = tidyDoc(e, src);
        const target = doc.articles[k % Math.max(1, doc.articles.length)];
        fc.pre(target !== undefined);
        const r = mergeWithPrevious(doc, src, target?.id ?? '');
        fc.pre(r.ok);
        if (!r.ok) return;
        const d = diffDocs(doc, r.doc, src);
        const kinds = new Set(d.changes.map((c) => c.kind).filter((x) => !FIELD_KINDS.has(x)));
        expect([...kinds].every((x) => x === 'merge' || x === 'continuation-linked')).toBe(true);
        expect(d.figures.splitMergeDistance).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('reads text marked unassigned by the editor as exactly that', () => {
    fc.assert(
      fc.property(textArb, entropyArb, fc.nat(), fc.nat(), (text, e, x, y) => {
        const src = new SourceText(text);
        const doc = tidyDoc(e, src);
        const [a, b] = [x % (src.length + 1), y % (src.length + 1)].sort((m, n) => m - n);
        const r = markUnassigned(doc, src, { start: a as number, end: b as number }, 'noise');
        fc.pre(r.ok);
        if (!r.ok) return;
        const d = diffDocs(doc, r.doc, src);
        const kinds = new Set(d.changes.map((c) => c.kind).filter((k) => !FIELD_KINDS.has(k)));
        expect([...kinds].every((k) => k === 'text-unassigned')).toBe(true);
        expect(d.figures.splitMergeDistance).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a continuation linked by the editor as exactly that', () => {
    fc.assert(
      fc.property(textArb, entropyArb, fc.nat(), fc.nat(), fc.nat(), (text, e, i, j, t) => {
        const src = new SourceText(text);
        const doc = tidyDoc(e, src);
        const n = Math.max(1, doc.articles.length);
        const from = doc.articles[i % n];
        const to = doc.articles[t % n];
        fc.pre(from !== undefined && to !== undefined);
        const ref = { articleId: from?.id ?? '', partIndex: j % Math.max(1, from?.parts.length ?? 1) };
        const r = linkContinuation(doc, src, ref, to?.id ?? '');
        fc.pre(r.ok);
        if (!r.ok) return;
        const d = diffDocs(doc, r.doc, src);
        const kinds = new Set(d.changes.map((c) => c.kind).filter((k) => !FIELD_KINDS.has(k)));
        expect([...kinds].every((k) => k === 'continuation-linked')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
