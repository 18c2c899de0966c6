import { describe, expect, it } from 'vitest';
import type { Draft } from './boundaries.ts';
import { KeyIndex } from './key-index.ts';
import type { Line } from './lines.ts';
import { Bags, common } from './vocabulary.ts';

const line = (text: string, k: number): Line => ({
  start: k,
  end: k + 1,
  text,
  gap: 0,
  phys: k,
  piece: false,
});

const texts = [
  '中秋月饼抽检结果公布',
  '市场监管局近日对全市月饼生产企业进行抽检，',
  '抽检的月饼全部合格。区块链技术应用于食品追溯。',
  '区块链平台记录每一批月饼的来源与去向。',
  'The mayor said the harbor bridge would open in spring.',
];

describe('Bags', () => {
  const lines = texts.map(line);

  it('counts the keys other lines share without building their union, read again or not', () => {
    const bags = new Bags({ lines, lang: 'zh' });
    const keys = bags.line(3);
    const union = bags.lines([0, 1, 2]);
    // The third read of a line builds its bag; every read gives the same answer.
    for (let k = 0; k < 4; k++) expect(bags.heldCount(keys, [0, 1, 2], 0, 3)).toBe(common(keys, union));
    expect(common(keys, union)).toBeGreaterThan(0);
  });

  it('flags by position the keys of a tail that the lines before it also have', () => {
    const bags = new Bags({ lines, lang: 'zh' });
    const draft: Draft = {
      lines: [0, 1, 2, 3],
      kind: 'news',
      cues: [],
      confidence: 1,
      page: null,
      jumpOut: null,
      jumpIn: null,
    };
    const tail = bags.tailOf(draft, 2);
    expect([...tail]).toEqual([...bags.lines([2, 3])]);
    const rest = bags.lines([0, 1]);
    const { held, count } = bags.restOf(draft, 2);
    expect(count).toBe(common(tail, rest));
    for (let k = 0; k < tail.length; k++)
      expect(held[k] === 1, String(k)).toBe(rest.includes(tail[k] as number));
  });

  it('reads English lines as content words', () => {
    const bags = new Bags({ lines, lang: 'en' });
    const keys = bags.line(4);
    expect(keys.length).toBeGreaterThan(3);
    expect(bags.heldCount(keys, [4], 0, 1)).toBe(keys.length);
  });
});

describe('KeyIndex', () => {
  it('answers membership and shared counts as the sorted bags do, for one bag after another', () => {
    const bags = new Bags({ lines: texts.map(line), lang: 'zh' });
    const index = new KeyIndex();
    for (let a = 0; a < 4; a++) {
      const target = bags.line(a);
      index.index(target);
      for (let b = 0; b < 4; b++)
        expect(index.common(bags.line(b)), `${a} ${b}`).toBe(common(bags.line(b), target));
      for (const x of bags.line((a + 1) % 4)) expect(index.has(x)).toBe(target.includes(x));
    }
  });
});
