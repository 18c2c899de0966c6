import { describe, expect, it } from 'vitest';
import { generateIssue, MEAN_ARTICLE_CHARS } from './generate.ts';

describe('generateIssue', () => {
  it('is exactly the requested length', () => {
    expect(generateIssue(12_345)).toHaveLength(12_345);
  });

  it('gives the same text for the same size and seed, and another text for another seed', () => {
    expect(generateIssue(30_000)).toBe(generateIssue(30_000));
    expect(generateIssue(30_000, 2)).not.toBe(generateIssue(30_000));
  });

  it('has about one byline, and so one article, per 750 characters', () => {
    const text = generateIssue(200_000);
    const bylines = text.match(/讯 \(/g)?.length ?? 0;
    const expected = 200_000 / MEAN_ARTICLE_CHARS;
    expect(bylines).toBeGreaterThan(expected * 0.85);
    expect(bylines).toBeLessThan(expected * 1.15);
  });

  it('starts each page with a page header line', () => {
    expect(generateIssue(5000).split('\n')[0]).toMatch(/^\S+ {2}2022年9月1日 星期四 {2}A01 {2}\S+$/);
  });
});
