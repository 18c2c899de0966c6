import { describe, expect, it } from 'vitest';
import { CUE_AGENCY, CUE_BYLINE, CUE_DIGIT, CUE_YEAR, isHan } from './chars.ts';
import { countLine } from './counts.ts';

/** The counts spelled out character by character, as the feature pass used to take them. */
function slowCounts(s: string) {
  let n = 0;
  let han = 0;
  let latin = 0;
  let upper = 0;
  let segments = 0;
  let inSeg = false;
  for (const ch of s.split('')) {
    const c = ch.charCodeAt(0);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) {
      inSeg = false;
      continue;
    }
    if (!inSeg) segments++;
    inSeg = true;
    n++;
    if (isHan(c)) han++;
    else if (/[A-Z]/.test(ch)) {
      latin++;
      upper++;
    } else if (/[a-z]/.test(ch)) latin++;
  }
  return { n, han, latin, upper, segments, punct: /[，。]/.test(s) };
}

describe('countLine', () => {
  it('counts visible, Han and Latin characters and whitespace-separated segments', () => {
    for (const s of [
      '本报讯（记者 张三）昨日，市政府召开会议。',
      'BOSTON, Mass., Sept. 16.—The mayor said',
      '　　𠮷野家\u00a0开业  Open 2022年',
      '',
      '   ',
    ]) {
      const { cues: _cues, ...counts } = countLine(s);
      expect(counts, s).toEqual(slowCounts(s));
    }
  });

  it('collects the cue bits of the characters that decide which patterns are tried', () => {
    const cues = countLine('新华社北京5月6日电 记者 李四').cues;
    expect(cues & CUE_AGENCY).toBeTruthy();
    expect(cues & CUE_BYLINE).toBeTruthy();
    expect(cues & CUE_DIGIT).toBeTruthy();
    expect(cues & CUE_YEAR).toBe(0);
  });
});
