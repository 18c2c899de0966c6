import { describe, expect, it } from 'vitest';
import { matchByline } from './bylines.ts';

/** The byline text matchByline finds at the start of a line, or null. */
function byline(s: string): string | null {
  const m = matchByline(s);
  return m ? s.slice(0, m.len) : null;
}

describe('bylines at the start of a line', () => {
  it('reads reporters opening the lead with no agency before them', () => {
    expect(byline('记者 龚哲明 秋日的奉化区萧王庙街道林家村，桃林里枝叶依然繁茂。')).toBe('记者 龚哲明');
    expect(byline('记者 陈章升 通讯员 岑瑞丽在慈溪市一家小家电企业的智能工厂里')).toBe(
      '记者 陈章升 通讯员 岑瑞丽',
    );
    expect(byline('大公報記者孫揚杭州報道：近期，杭州多家科技企業受到資本市場追捧。')).toBe(
      '大公報記者孫揚杭州報道：',
    );
  });

  it('does not take a lead that only starts with the word 记者 for a byline', () => {
    expect(byline('记者从市疾控中心了解到，流感疫苗已陆续到货。')).toBeNull();
    expect(byline('记者近日在海安走访发现，秋茧质量较好。')).toBeNull();
    expect(byline('记者手记')).toBeNull();
    // A kicker over an interview: the reporter is named in the wire tag below it.
    expect(byline('本報記者專訪')).toBeNull();
    expect(byline('本报记者访问战斗英雄张福来')).toBeNull();
  });

  it('reads wire tags that say 報道, name a reporter, or credit a summary', () => {
    expect(byline('【星島日報報道】啟德體育園昨晚迎來首場國際足球賽事。')).toBe('【星島日報報道】');
    expect(byline('【本報記者陳夢】')).toBe('【本報記者陳夢】');
    expect(byline('【大公報訊】綜合報道：據國鐵廣州局消息，今年春運以來客流增長。')).toBe(
      '【大公報訊】綜合報道：',
    );
  });

  it('reads an outlet with a middle dot and a role suffix after the names', () => {
    expect(byline('新甘肃·甘肃日报金昌讯（记者王朝霞 通讯员陈 杰）8月11日，项目投产。')).toBe(
      '新甘肃·甘肃日报金昌讯（记者王朝霞 通讯员陈 杰）',
    );
    expect(byline('本报记者 欧阳宇 文/图')).toBe('本报记者 欧阳宇 文/图');
    expect(byline('文/图 湘潭晚报全媒体记者 谭 卓')).toBe('文/图 湘潭晚报全媒体记者 谭 卓');
  });

  it('reads how an English dispatch came as its byline', () => {
    expect(byline('By Cable to The Beacon Journal.')).toBe('By Cable to The Beacon Journal.');
  });
});
