import { describe, expect, it } from 'vitest';
import { diffText } from './text-diff.ts';

describe('diffText', () => {
  it('is one equal step for equal texts and nothing for two empty ones', () => {
    expect(diffText('标题', '标题')).toEqual([{ op: 'equal', text: '标题' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('steps over astral characters whole, never splitting a surrogate pair', () => {
    const ops = diffText('王𠀀明', '王𠀁明');
    expect(ops).toEqual([
      { op: 'equal', text: '王' },
      { op: 'delete', text: '𠀀' },
      { op: 'insert', text: '𠀁' },
      { op: 'equal', text: '明' },
    ]);
  });

  it('rebuilds both texts from its steps', () => {
    const a = '市委常委会召开会议 部署工作';
    const b = '市委常委会 召开全体会议';
    const ops = diffText(a, b);
    expect(
      ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(a);
    expect(
      ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe(b);
  });
});
