import { describe, expect, it } from 'vitest';
import { nextArticleId, nextArticleIds } from './ids.ts';
import type { Article } from './model.ts';

const a = (id: string): Article => ({
  id,
  parts: [{ start: 0, end: 1 }],
  roles: [],
  boundary: { confidence: 1, cues: [], confirmed: false },
  fields: {},
});

describe('nextArticleId', () => {
  it('takes the number after the highest, so ids of deleted articles are not handed out again', () => {
    expect(nextArticleId({ articles: [a('a1'), a('a7'), a('a3')], unassigned: [] })).toBe('a8');
  });

  it('starts at a1 and ignores ids of another shape', () => {
    expect(nextArticleId({ articles: [], unassigned: [] })).toBe('a1');
    expect(nextArticleId({ articles: [a('x12'), a('a2b')], unassigned: [] })).toBe('a1');
  });

  it('hands out several fresh ids in order', () => {
    expect(nextArticleIds({ articles: [a('a4')], unassigned: [] }, 3)).toEqual(['a5', 'a6', 'a7']);
  });
});
