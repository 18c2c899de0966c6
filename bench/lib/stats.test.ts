import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './stats.ts';

describe('summarise', () => {
  it('takes the middle value of an odd sample and the mean of the middle two of an even one', () => {
    expect(summarise([5, 1, 3]).median).toBe(3);
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('reports min, max and the sample size whatever the input order', () => {
    expect(summarise([7, 2, 9, 4])).toMatchObject({ n: 4, min: 2, max: 9 });
  });

  it('gives NaN figures for an empty sample rather than zeros that look measured', () => {
    expect(Number.isNaN(summarise([]).median)).toBe(true);
  });
});

describe('percentile', () => {
  it('is a nearest-rank percentile: p95 of 1..20 is 19 and of 1..100 is 95', () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(percentile(upTo(20), 95)).toBe(19);
    expect(percentile(upTo(100), 95)).toBe(95);
  });

  it('p95 of fewer than twenty samples is the largest one', () => {
    expect(percentile([1, 2, 3, 4, 50], 95)).toBe(50);
  });
});
