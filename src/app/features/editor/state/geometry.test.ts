import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../../core/text.ts';
import {
  boundaryCharTarget,
  boundaryLineTarget,
  caretLineTarget,
  lineOrRange,
  lineSpan,
  preferSentenceEnd,
} from './geometry.ts';

const src = new SourceText(['标题', '', '　　第一段。第二句', '', '第三段'].join('\n'));

describe('source geometry', () => {
  it('moving a boundary a line up or down skips blank lines and leading full-width spaces', () => {
    const third = lineSpan(src, 4).start;
    const secondContent = lineSpan(src, 2).start + 2;
    expect(boundaryLineTarget(src, third, -1)).toBe(secondContent);
    expect(boundaryLineTarget(src, secondContent, -1)).toBe(0);
    expect(boundaryLineTarget(src, 0, 1)).toBe(secondContent);
    expect(boundaryLineTarget(src, third, 1)).toBeNull();
  });

  it('a boundary in the middle of a line moves up to the start of that line first', () => {
    const mid = lineSpan(src, 2).start + 5;
    expect(boundaryLineTarget(src, mid, -1)).toBe(lineSpan(src, 2).start + 2);
  });

  it('moving a boundary one character skips whitespace and line breaks', () => {
    const third = lineSpan(src, 4).start;
    expect(
      src.slice(boundaryCharTarget(src, third, -1) ?? 0, (boundaryCharTarget(src, third, -1) ?? 0) + 1),
    ).toBe('句');
  });

  it('an Alt-drag lands just after a nearby sentence end', () => {
    const line = lineSpan(src, 2).start;
    const afterFullStop = line + 2 + 4;
    expect(src.slice(afterFullStop - 1, afterFullStop)).toBe('。');
    expect(preferSentenceEnd(src, afterFullStop + 2)).toBe(afterFullStop);
    expect(preferSentenceEnd(src, line + 1, 0)).toBe(line + 1);
  });

  it('the caret keeps its column across lines, clamped to short lines', () => {
    expect(caretLineTarget(src, 1, 1)).toBe(lineSpan(src, 1).start);
    const deep = lineSpan(src, 2).start + 7;
    expect(caretLineTarget(src, deep, 1)).toBe(lineSpan(src, 3).start);
    expect(caretLineTarget(src, deep, -1)).toBe(lineSpan(src, 1).end);
  });

  it('a line command acts on the selection, else the caret line, never on a blank line', () => {
    expect(lineOrRange(src, 0, { start: 3, end: 5 })).toEqual({ start: 3, end: 5 });
    expect(lineOrRange(src, 1, null)).toEqual(lineSpan(src, 0));
    expect(lineOrRange(src, lineSpan(src, 1).start, null)).toBeNull();
  });
});
