import { describe, expect, it } from 'vitest';
import { score } from './score.ts';

// Line 0: furniture; lines 1–2: article one; line 3: article two.
const text = '版头\n标题一\n正文一。\n标题二 正文二。';
const gold = {
  articles: [
    { parts: [{ lines: [1, 2] }], title: ['标题一'], byline: null, reporters: [], paragraphs: ['正文一。'] },
    {
      parts: [{ text: '标题二 正文二。' }],
      title: ['标题二'],
      byline: null,
      reporters: ['张三'],
      paragraphs: ['正文二。'],
    },
  ],
  unassigned: [{ from: [0, 0], to: [0, 2] }],
};

describe('score (port of score.py)', () => {
  it('counts an article exact when it covers the same non-space characters, then compares its fields', () => {
    const prediction = {
      articles: [
        { spans: [{ start: 3, end: 11 }], headline: '标题一', reporters: [], paragraphs: ['正文 一。'] },
        {
          spans: [{ start: 12, end: 20 }],
          headline: '标题二',
          reporters: [{ name: '李四' }],
          paragraphs: ['正文二。'],
        },
      ],
      unassigned: [{ start: 0, end: 2 }],
    };
    const { result, details } = score(text, gold, prediction, 'dir/x.txt');
    expect(result).toEqual({
      file: 'x.txt',
      gold_articles: 2,
      predicted_articles: 2,
      exact: 2,
      title: 2,
      reporters: 1,
      reporters_total: 2,
      paragraphs: 2,
      paragraphs_total: 2,
      b3: 1,
      lost_chars: 0,
    });
    expect(details[1]).toBe('  gold  2 标题二                      exact=Y title=Y reporters=n paragraphs=Y');
  });

  it('reports lost characters and a lower B-cubed score when articles merge or text is left out', () => {
    const prediction = { articles: [{ spans: [{ start: 3, end: 20 }], headline: '标题一' }], unassigned: [] };
    const { result } = score(text, gold, prediction);
    expect(result.exact).toBe(0);
    expect(result.lost_chars).toBe(2);
    // The figure score.py prints for the same input.
    expect(result.b3).toBe(0.72);
  });
});
