import { describe, expect, it } from 'vitest';
import { parseReporters, REPORTER_ROLES } from './reporters.ts';

const names = (s: string): string[] => parseReporters(s).map((r) => r.name);

describe('parseReporters', () => {
  it('reads every role word with the names after it', () => {
    expect(parseReporters('衡阳晚报讯 (全媒体记者 陈润)')).toEqual([{ name: '陈润', role: '全媒体记者' }]);
    expect(parseReporters('本报讯（记者 张三 通讯员 李四）')).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '通讯员' },
    ]);
    for (const role of REPORTER_ROLES) {
      expect(parseReporters(`${role} 王小明`)).toEqual([{ name: '王小明', role }]);
    }
  });

  it('separates names by spaces, 、 and ，', () => {
    expect(names('本报广州5月6日电记者陈东、刘洋、周平报道：')).toEqual(['陈东', '刘洋', '周平']);
    expect(names('本报记者 李华 刘洋')).toEqual(['李华', '刘洋']);
    expect(names('记者 张三，李四')).toEqual(['张三', '李四']);
    expect(names('本报上海3月2日讯记者王明、本报记者李华报道：')).toEqual(['王明', '李华']);
  });

  it('reads traditional characters and leaves a place before 報道 out', () => {
    expect(parseReporters('香港文匯報訊(記者 陳明 深圳報道)')).toEqual([{ name: '陳明', role: '记者' }]);
    expect(names('香港文匯報訊（記者 李思敏、黃家豪 廣州報道）')).toEqual(['李思敏', '黃家豪']);
  });

  it('reads a bare bracket, an author alone and a name inside a wire dateline', () => {
    expect(parseReporters('本报讯  (王五)')).toEqual([{ name: '王五', role: null }]);
    expect(names('(张伟)')).toEqual(['张伟']);
    expect(names('□ 刘文')).toEqual(['刘文']);
    expect(names('孙  振')).toEqual(['孙振']);
    expect(names('【本报特派记者林枫北平九日专电】')).toEqual(['林枫']);
    expect(names('【本報記者田流石家莊十二日電】')).toEqual(['田流']);
  });

  it('names nobody for agencies, desks and institutional pen names', () => {
    expect(names('【新华社北平九日电】')).toEqual([]);
    expect(names('本报讯')).toEqual([]);
    expect(names('（本报综合）')).toEqual([]);
    expect(names('本报讯 记者卢彬 通讯员粤交宣')).toEqual(['卢彬']);
    expect(names('荆州日报讯（全媒体记者 阮 洁 通讯员 荆文旅）')).toEqual(['阮洁']);
  });

  it('reads English bylines: several names, titles after a comma, agencies ignored', () => {
    expect(names('By JOHN SMITH and MARY JONES.')).toEqual(['JOHN SMITH', 'MARY JONES']);
    expect(names('By ROBERT T. SMALL, Staff Correspondent.')).toEqual(['ROBERT T. SMALL']);
    expect(names('By Associated Press.')).toEqual([]);
    expect(names('By the Associated Press.')).toEqual([]);
    expect(names('(By United Press)')).toEqual([]);
  });

  it('joins names padded to width with spaces, pairing single characters first', () => {
    expect(names('记者 吴 桐 摄影记者 司马朗')).toEqual(['吴桐', '司马朗']);
    expect(names('新华社记者\u3000齐中熙\u3000王\u3000优')).toEqual(['齐中熙', '王优']);
    expect(names('（记者 王 五 通讯员 李 四）')).toEqual(['王五', '李四']);
    expect(names('本报记者 欧阳 文')).toEqual(['欧阳文']);
    expect(names('（记者 张三 李四）')).toEqual(['张三', '李四']);
    expect(names('本报记者 欧阳宇 文/图')).toEqual(['欧阳宇']);
  });

  it('reads wire tags without a place, padded names glued to 報道 and places glued to names', () => {
    expect(names('【本报记者陈平讯】')).toEqual(['陈平']);
    expect(names('【香港商報訊】記者 黃穎珊、實習生 鄭子晴報道：')).toEqual(['黃穎珊', '鄭子晴']);
    expect(names('記者 陳 朗報道：')).toEqual(['陳朗']);
    expect(names('大公報記者孫揚杭州報道：')).toEqual(['孫揚']);
  });

  it('names the author of a signed commentary or poem', () => {
    expect(names('本报特约评论员 章远')).toEqual(['章远']);
    expect(names('◇ 刘 川')).toEqual(['刘川']);
  });

  it('drops editors’ titles and transmission credits from English bylines', () => {
    expect(names('By JAMES R. MOORE, Beacon Journal Aviation Editor.')).toEqual(['JAMES R. MOORE']);
    expect(names('By Cable to The Beacon Journal.')).toEqual([]);
  });

  it('reads outlet-named reporters, 〔〕 brackets and a place after a slash', () => {
    expect(names('新民晚报记者 邵 宁')).toEqual(['邵宁']);
    expect(names('浏阳日报讯〔融媒体记者 诸葛明 通讯员 李芳、王一〕')).toEqual(['诸葛明', '李芳', '王一']);
    expect(names('記者林美君／高雄報導')).toEqual(['林美君']);
    expect(names('【本報特派員羅\u3000平倫敦十日航訊】')).toEqual(['羅平']);
  });
});
