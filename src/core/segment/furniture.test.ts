import { describe, expect, it } from 'vitest';
import { furnitureLabel, isAd, isNoise, jumpHead, jumpLine, jumpTail, pageOf } from './furniture.ts';

describe('jump markers', () => {
  it('reads the usual forms on a line of their own, with the page they name', () => {
    const cases: [string, 'out' | 'in', number][] = [
      ['（下转第二版）', 'out', 2],
      ['（转A4版）', 'out', 4],
      ['(转2版)', 'out', 2],
      ['（上接第一版）', 'in', 1],
      ['（接A1版）', 'in', 1],
      ['Continued on Page Three', 'out', 3],
      ['(Turn to Page 5)', 'out', 5],
      ['(Continued from First Page.)', 'in', 1],
      ['(From Page One)', 'in', 1],
      ['▶下转第三版', 'out', 3],
      ['▶上接第一版', 'in', 1],
    ];
    for (const [s, kind, page] of cases) {
      expect(jumpLine(s), s).toBe(kind);
      expect(pageOf(s), s).toBe(page);
    }
  });

  it('does not take ordinary sentences that start like a marker', () => {
    for (const s of [
      '转眼间他已经长大',
      '接下来的工作',
      'From the start, the mayor said.',
      'Turn left at the bridge.',
    ])
      expect(jumpLine(s), s).toBeNull();
  });

  it('finds a marker glued to the end or the start of a paragraph', () => {
    expect(jumpTail('市民可以步行。（转A4版）')).toBe('（转A4版）'.length);
    expect(jumpHead('（接A1版）市民可以')).toBe('（接A1版）'.length);
    expect(jumpTail('he said. (Turn to Page 5)')).toBe('(Turn to Page 5)'.length);
    expect(jumpTail('readers may turn to page 5 for more')).toBe(0);
  });
});

describe('furniture on its own line', () => {
  it('labels notices, contents, QR prompts, price notices and page-heading credits', () => {
    expect(furnitureLabel('启事：本报自十月一日起改为日刊，订户请向各地分销处接洽。')).toBe('notice');
    expect(furnitureLabel('暑期游学市场升温……A06')).toBe('contents');
    expect(furnitureLabel('今日导读')).toBe('contents');
    expect(furnitureLabel('扫码关注中国水运报微信公众号')).toBe('interface');
    expect(furnitureLabel('本報每份國幣五分　外埠另加郵費')).toBe('ad');
    expect(furnitureLabel('A04　要闻　责编：李 明')).toBe('page-header');
    expect(furnitureLabel('责任编辑：王 丹　美编：刘 淼')).toBe('credit');
    expect(furnitureLabel('本版邮箱：ccwb_zhxw@126.com')).toBe('credit');
  });

  it('labels notices, picture notes and e-paper navigation lines', () => {
    expect(furnitureLabel('■ 书店启事')).toBe('notice');
    expect(furnitureLabel('新华书店启事：本店新到各种书籍，欢迎选购。地址：罗斯福路一百二十号')).toBe(
      'notice',
    );
    expect(furnitureLabel('（本版图片除署名外均为资料图片）')).toBe('credit');
    expect(furnitureLabel('上一篇　　下一篇　　返回本版目录　　本文字数：1286')).toBe('interface');
  });

  it('tells ads by their firm names, hotlines and shop words', () => {
    expect(isAd('DENHOLM & McKAY CO.')).toBe(true);
    expect(isAd('FORBES & WALLACE')).toBe(true);
    expect(isAd('▲胃病聖藥 良友胃散 各大藥房均有出售▲')).toBe(true);
    expect(isAd('电话：0514-8796 2213（工作日9:00-17:00）')).toBe(true);
    expect(isAd('■ 廣告  ■')).toBe(true);
    expect(isAd('BROWN, THOMSON & CO.')).toBe(true);
    expect(isAd('Sold Everywhere.')).toBe(true);
    expect(isAd('Of All Grocers.')).toBe(true);
    expect(isAd('■廣告■ 五洲大藥房 專售各國名藥 電話 二三四五六')).toBe(true);
    expect(isAd('Sold Everywhere, the Mayor Says, Are Bad Bonds')).toBe(false);
    expect(isAd('Mayor Smith & Council Meet')).toBe(false);
  });

  it('keeps a short word ending a wrapped paragraph out of the noise', () => {
    expect(isNoise('fall.')).toBe(false);
    expect(isNoise("~~ ,. '' iii")).toBe(true);
  });

  it('reads a page number standing alone as the page it heads', () => {
    expect(furnitureLabel('4')).toBe('page-header');
    expect(pageOf('4')).toBe(4);
    expect(pageOf('A12')).toBe(12);
  });

  it('reads the page a header names, not the count of pages in the issue', () => {
    expect(pageOf('2023年9月26日 星期二  A01  今日8版')).toBe(1);
    expect(pageOf('本期16版  第3版  要闻')).toBe(3);
    expect(pageOf('（下转A06版）')).toBe(6);
  });

  it('labels an edition line under the masthead, and a market box quote', () => {
    expect(furnitureLabel('FINAL EXTRA')).toBe('masthead');
    expect(furnitureLabel("LAST EDITION 5 O'CLOCK")).toBe('masthead');
    expect(furnitureLabel('Home Edition')).toBe('masthead');
    expect(furnitureLabel('EDITOR RESIGNS')).toBeNull();
    expect(furnitureLabel('今日金價  飾金每両 18,930元（賣出）')).toBe('ad');
    expect(furnitureLabel('今日油价 92号汽油 7.89元/升')).toBe('ad');
    expect(furnitureLabel('金价连续三日上涨')).toBeNull();
  });

  it('takes Han characters scattered among ornaments for OCR noise, not a column name', () => {
    expect(furnitureLabel('△敌△ 区 ‥ 消息  ▲▲')).toBe('noise');
    expect(furnitureLabel('▲▲ 敌区消息 ▲▲')).toBeNull();
  });

  it('leaves headlines and weather lines alone', () => {
    expect(furnitureLabel('关注老年人健康')).toBeNull();
    expect(furnitureLabel('－6℃～4℃')).toBeNull();
    expect(furnitureLabel('全市油菜种植面积')).toBeNull();
  });
});
