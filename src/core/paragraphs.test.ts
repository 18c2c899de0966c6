import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './paragraphs.ts';
import { isSpaceCode } from './segment/chars.ts';

describe('repairParagraphs', () => {
  it('joins a paragraph that a column break cut mid-sentence, even mid-word', () => {
    expect(
      repairParagraphs([
        '坚持走区域共兴、城乡融合之路，积极对接长株潭一体',
        '化，发展壮大县域经济。',
        '会议强调，要用好考核评价成果。',
      ]),
    ).toEqual([
      '坚持走区域共兴、城乡融合之路，积极对接长株潭一体化，发展壮大县域经济。',
      '会议强调，要用好考核评价成果。',
    ]);
  });

  it('keeps paragraphs that end a sentence apart, closing quotes and brackets included', () => {
    expect(
      repairParagraphs([
        '“网格虽小，居民的事再小也是大事。”',
        '唐可说：',
        '“饭菜可口。」',
        '（作者为研究员）',
        '下一段。',
      ]),
    ).toHaveLength(5);
  });

  it('removes spaces that line breaks left between Chinese characters, and inside numbers', () => {
    expect(repairParagraphs(['记者从中国国家铁路集团有限公 司获悉，总长323. 6米，全市5 600个。'])).toEqual([
      '记者从中国国家铁路集团有限公司获悉，总长323.6米，全市5600个。',
    ]);
  });

  it('leaves verse lines and weather tokens as they are, one paragraph each', () => {
    expect(
      repairParagraphs([
        '风把最后一片桐花',
        '吹进了母亲的竹篮',
        '冬日的阳光洒在窗台上，',
        '照亮了奶奶的白发，',
        '多云',
        '23℃～31℃',
      ]),
    ).toHaveLength(6);
  });

  it("keeps a poem's date line apart from a last verse that ends on a comma", () => {
    expect(
      repairParagraphs(['放风筝的孩子跑过石桥', '汾河水，把春天一直送到远方', '2024年2月于太原']),
    ).toEqual(['放风筝的孩子跑过石桥', '汾河水，把春天一直送到远方', '2024年2月于太原']);
  });

  it('joins wrapped English lines after one that ends on a colon', () => {
    expect(
      repairParagraphs([
        'Forecast for the West of Scotland:\nWesterly winds, moderate to fresh;\nshowers, with bright intervals; rather cold.',
      ]),
    ).toEqual([
      'Forecast for the West of Scotland: Westerly winds, moderate to fresh; showers, with bright intervals; rather cold.',
    ]);
  });

  it('joins wrapped English lines with spaces and hyphenated line ends without', () => {
    expect(
      repairParagraphs([
        'Six thousand operatives of the textile mills voted to-\nday to return to work',
        'Monday morning.',
      ]),
    ).toEqual(['Six thousand operatives of the textile mills voted today to return to work Monday morning.']);
  });

  it('keeps the spaces between English words and drops empty blocks', () => {
    expect(repairParagraphs(['  The settlement,  reached after a\nconference.  ', '', '   '])).toEqual([
      'The settlement, reached after a conference.',
    ]);
  });

  it('keeps one paragraph per line where a block is set that way (lines mostly end a sentence)', () => {
    expect(
      repairParagraphs([
        'LONDON, Wednesday.\nThe Council called off the strike.\nMr. Baldwin spoke briefly.',
      ]),
    ).toEqual(['LONDON, Wednesday.', 'The Council called off the strike.', 'Mr. Baldwin spoke briefly.']);
  });

  it('takes exactly the characters isSpaceCode names for whitespace', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 0x0a || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      const [got] = repairParagraphs([`ab${ch}cd`]);
      if (got !== (isSpaceCode(c) ? 'ab cd' : `ab${ch}cd`)) expect(`U+${c.toString(16)} → ${got}`).toBe('');
    }
  });
});
