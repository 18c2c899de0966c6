import { describe, expect, it } from 'vitest';
import { scoreCjk } from './cjk-score.ts';
import { encodeLegacy } from './legacy-encode.testutil.ts';

const simplified = '衡阳晚报讯（全媒体记者 陈润）金秋时节，我市各地农民抢抓晴好天气收割晚稻。';
const traditional =
  '臺灣的報紙每天早上送到讀者手中。記者昨日在臺北市政府採訪時表示，這項政策將從明年開始實施。';

describe('scoreCjk', () => {
  it('rates a right decoding of simplified text far above the same bytes read as Big5', () => {
    const wrong = new TextDecoder('big5').decode(encodeLegacy(simplified, 'gb18030'));
    expect(scoreCjk(simplified).plausibility).toBeGreaterThan(0.95);
    expect(scoreCjk(wrong).plausibility).toBeLessThan(scoreCjk(simplified).plausibility - 0.3);
  });

  it('rates a right decoding of traditional text far above the same bytes read as GB18030', () => {
    const wrong = new TextDecoder('gb18030').decode(encodeLegacy(traditional, 'big5'));
    expect(scoreCjk(traditional).plausibility).toBeGreaterThan(0.95);
    expect(scoreCjk(wrong).plausibility).toBeLessThan(0.3);
  });

  it('counts frequent characters, which separates two-character inputs', () => {
    expect(scoreCjk('你好').frequency).toBe(1);
    expect(scoreCjk('斕疑').frequency).toBe(0);
  });

  it('ignores ASCII and calls ASCII-only text fully plausible', () => {
    expect(scoreCjk('A02 2022-09-01')).toEqual({ plausibility: 1, frequency: 0, total: 0 });
  });
});
