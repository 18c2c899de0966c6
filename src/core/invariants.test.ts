import { describe, expect, it } from 'vitest';
import { checkInvariants, checkStructure } from './invariants.ts';
import type { Doc } from './model.ts';
import { SAMPLE_LINES, lines, sampleDoc } from './ops/testing.ts';
import { SourceText } from './text.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = sampleDoc(src);

function withArticle(i: number, change: (a: Doc['articles'][number]) => Doc['articles'][number]): Doc {
  return { ...doc, articles: doc.articles.map((a, k) => (k === i ? change(a) : a)) };
}

describe('checkInvariants', () => {
  it('accepts a document where every character has exactly one owner', () => {
    expect(checkInvariants(doc, src)).toEqual([]);
  });

  it('reports characters nobody owns, with their count and 1-based line', () => {
    const lost = { ...doc, unassigned: doc.unassigned.slice(0, 1) };
    expect(checkInvariants(lost, src)).toEqual([
      '6 characters at line 12 belong to no article or unassigned range',
    ]);
  });

  it('reports overlapping spans', () => {
    const overlapping = withArticle(1, (a) => ({
      ...a,
      parts: [{ start: lines(src, 5).start, end: lines(src, 7).end }],
    }));
    expect(checkInvariants(overlapping, src)).toContainEqual(
      expect.stringMatching(/^article a2 part 1 overlaps article a1 part 1 at line 6$/),
    );
  });

  it('reports spans outside the text, empty spans and articles without parts', () => {
    const broken: Doc = {
      articles: [...doc.articles.slice(0, 2), { ...(doc.articles[2] as Doc['articles'][number]), parts: [] }],
      unassigned: [
        { start: 3, end: 3, label: null },
        { start: src.length, end: src.length + 4, label: null },
      ],
    };
    const problems = checkInvariants(broken, src);
    expect(problems).toContain('article a3 has no parts');
    expect(problems).toContain(
      `unassigned range 1 [3, 3) is not a valid span of a text of ${src.length} characters`,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^unassigned range 2 \[\d+, \d+\) is not a valid span/),
    );
  });

  it('reports duplicate ids', () => {
    const twice = withArticle(1, (a) => ({ ...a, id: 'a1' }));
    expect(checkInvariants(twice, src)).toContain('article id a1 is used twice');
  });

  it('reports role spans outside the article and characters left without a role', () => {
    const roles = withArticle(1, (a) => ({ ...a, roles: [{ ...lines(src, 0), role: 'body' }] }));
    expect(checkInvariants(roles, src)).toEqual([
      "article a2 role span 1 at line 1 lies outside the article's parts",
      '13 characters of article a2 at line 8 have no role',
    ]);
  });

  it('reports unsorted unassigned ranges', () => {
    const unsorted = { ...doc, unassigned: [...doc.unassigned].reverse() };
    expect(checkInvariants(unsorted, src)).toContain(
      'unassigned range 2 is out of order: unassigned ranges are sorted by start',
    );
  });
});

describe('checkStructure', () => {
  it('checks bounds against a length without needing the text, naming offsets instead of lines', () => {
    expect(checkStructure(doc, src.length)).toEqual([]);
    expect(checkStructure(doc, 100)).toContainEqual(
      expect.stringMatching(/is not a valid span of a text of 100/),
    );
    const overlapping = withArticle(1, (a) => ({ ...a, parts: [{ start: 60, end: 80 }] }));
    expect(checkStructure(overlapping, src.length)).toContain(
      'article a2 part 1 overlaps article a1 part 1 at offset 60',
    );
  });
});
