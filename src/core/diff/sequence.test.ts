import { describe, expect, it } from 'vitest';
import { isSpace, SourceText } from '../text.ts';
import { isSpaceCode, locate, nonSpaceIndex, nsRange } from './sequence.ts';

describe('isSpaceCode', () => {
  it('agrees with isSpace on every BMP character', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isSpaceCode(c) !== isSpace(String.fromCharCode(c))) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });
});

describe('nonSpaceIndex', () => {
  it('indexes non-whitespace code points, an astral character counting once and zero-width space as content', () => {
    const src = new SourceText('a 𠀀\u3000\u200bb\n c');
    const ns = nonSpaceIndex(src);
    expect(ns.count).toBe(5);
    expect([...ns.pos]).toEqual([0, 2, 4, 5, 8]);
    expect(nsRange(ns, 1, 6)).toEqual([1, 4]);
    expect(nsRange(ns, -5, 99)).toEqual([0, 5]);
  });

  it('locates a range of characters by code point and line', () => {
    const src = new SourceText('ab\n  𠀀c d\n');
    const ns = nonSpaceIndex(src);
    expect(locate(ns, src, 2, 4)).toEqual({ start: 5, end: 7, line: 1 });
    expect(locate(ns, src, 5, 5)).toEqual({ start: 10, end: 10, line: 2 });
  });
});
