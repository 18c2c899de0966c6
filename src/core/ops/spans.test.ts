import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { countContent, splitLines, subtract, trimSpan, uncovered } from './spans.ts';

describe('span helpers', () => {
  it('trims whitespace (ideographic spaces included) but keeps zero-width spaces as content', () => {
    const src = new SourceText('\u3000 \u200b中\t\n');
    expect(trimSpan(src, { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan(src, { start: 4, end: 6 })).toBeNull();
  });

  it('splits a span into trimmed lines using code-point offsets past astral characters', () => {
    const src = new SourceText('𠀀𠀁 标题\n\n  正文𠀀\n');
    expect(splitLines(src, { start: 0, end: src.length })).toEqual([
      { start: 0, end: 5 },
      { start: 9, end: 12 },
    ]);
    expect(src.slice(9, 12)).toBe('正文𠀀');
  });

  it('counts non-whitespace code points', () => {
    expect(countContent(new SourceText('a 𠀀\u3000b'), 0, 5)).toBe(3);
  });

  it('subtracting a range from a span leaves the pieces either side with their properties', () => {
    expect(subtract({ start: 0, end: 10, role: 'body' }, { start: 3, end: 5 })).toEqual([
      { start: 0, end: 3, role: 'body' },
      { start: 5, end: 10, role: 'body' },
    ]);
    expect(
      uncovered({ start: 0, end: 10 }, [
        { start: 6, end: 12 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });
});
