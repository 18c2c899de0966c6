import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { invariantProblems } from './testing.ts';

/** Lines of the kinds an issue is made of, to be shuffled into random documents. */
const LINES = [
  '市委常委会召开会议',
  '学习贯彻习近平总书记重要讲话精神',
  '衡阳晚报讯 (全媒体记者 陈润)',
  '衡阳晚报讯 (全媒体记者 许珂) 金秋时节，稻谷飘香。',
  '8月31日上午，市委常委会召开会议，学习贯彻重要讲话精神，努力转化',
  '为抓好民族工作的实际行动。',
  '△ 近日，市图书馆第12家分馆开馆。(张伟)',
  '●茶陵县启动春季植树活动',
  '【新华社北平九日电】平津间铁路全线恢复通车。',
  '（下转第3版）',
  '（上接第1版）增长。',
  '2023年9月5日 星期二  A02  要闻',
  '责任编辑：邓丽  版面设计：陈曦',
  '本文字数:1442',
  'MILL STRIKE ENDS;',
  'By Associated Press.',
  'BOSTON, Mass., September 16.—Six thousand operatives voted to-',
  'day to return to work.',
  'Continued on Page Three',
  '(Continued from page 1)',
  "~~ ,. '' iii",
  'Phone Main 6630.',
  '春耕备耕忙（图片）',
  '张文',
  '2023年5月于韶关',
  '𠀀𠀾 astral 名字',
  '\u200b',
  '2023年3月2日 星期四 要闻 A02 前两月全国铁路投资超800亿元 　　本报北京3月1日电 （记者 王明）记者从中国国家铁路集团有限公 司获悉，1至2月，全国铁路完成固定资产 投资812亿元，同比增长9.6%。 　　国铁集团有关负责人介绍，今年 将抓好在建项目建设，高质量推进新开工项 目。 数字乡村建设 跑出“加速度” 本报记者 李华 刘洋 　　在浙江省德清县五四村，村民打开 手机就能查看实时数据。 责任编辑：孙振',
];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const separator = fc.constantFrom('\n', '\n\n', '\n \n', '\n\t\n\n', ' \n');

describe('segment invariants', () => {
  it('puts every non-space character in exactly one article part or unassigned range, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, separator), { maxLength: 40 }), (pieces) => {
        const text = pieces.map(([l, sep]) => l + sep).join('');
        expect(invariantProblems(text, segment(text).doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
