import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { invariantProblems, summarise } from './testing.ts';

function run(text: string) {
  const proposal = segment(text);
  expect(invariantProblems(text, proposal.doc)).toEqual([]);
  return summarise(text, proposal);
}

describe('layout a: blank-line blocks', () => {
  const text = [
    '株洲晚报',
    '2023年9月5日 星期二  A02  要闻',
    '全市重点项目建设推进会召开',
    '比学赶超抓项目 攻坚克难促发展',
    '株洲晚报讯 (全媒体记者 谭雅文)',
    '9月4日下午，全市重点项目建设推进会召开。会议通报了1至8月全市重点项目建设情况，现场观摩了6个项目，为全市经济稳中',
    '向好提供了有力支撑。',
    '老旧小区改造惠及两万余户',
    '本报讯（记者 张晓峰 通讯员 李明轩） 加装电梯、改造管网、增设停车位……记者9月4日从市住房和城乡建设局获悉，今年87个老旧小区已全部开工。',
    '市住建局相关负责人介绍，改造中我市坚持“居民点单、政府配菜”，并同步建立长效管理机制。',
    '责任编辑：邓丽  版面设计：陈曦',
  ].join('\n\n');

  it('opens an article at each headline group and keeps its standalone byline', () => {
    const { articles } = run(text);
    expect(articles.map((a) => a.title)).toEqual([
      '全市重点项目建设推进会召开比学赶超抓项目 攻坚克难促发展',
      '老旧小区改造惠及两万余户',
    ]);
    expect(articles[0]?.byline).toBe('株洲晚报讯 (全媒体记者 谭雅文)');
    expect(articles[0]?.cues).toContain('byline');
  });

  it('splits a byline fused into the first paragraph off the paragraph', () => {
    const a = run(text).articles[1];
    expect(a?.byline).toBe('本报讯（记者 张晓峰 通讯员 李明轩）');
    expect(a?.reporters).toEqual(['张晓峰', '李明轩']);
    expect(a?.paragraphs[0]?.startsWith('加装电梯')).toBe(true);
  });

  it('joins a paragraph broken mid-sentence by a column break', () => {
    expect(run(text).articles[0]?.paragraphs).toEqual([
      '9月4日下午，全市重点项目建设推进会召开。会议通报了1至8月全市重点项目建设情况，现场观摩了6个项目，为全市经济稳中向好提供了有力支撑。',
    ]);
  });

  it('leaves the masthead, the page header and the editor credits unassigned', () => {
    expect(run(text).unassigned).toEqual([
      '株洲晚报',
      '2023年9月5日 星期二  A02  要闻',
      '责任编辑：邓丽  版面设计：陈曦',
    ]);
  });
});

describe('layout b: one paragraph per line', () => {
  const text = [
    '人民日报',
    '2023年3月3日  星期五',
    '长三角一体化发展取得新进展 区域协同创新指数三年提升近三成',
    '本报上海3月2日讯记者王明、本报记者李华报道：记者从2日召开的座谈会筹备会上获悉，长三角区域协同创新指数提升至129.7。',
    '下一步，三省一市将联合开展关键核心技术攻关，推动创新链产业链深度融合。',
    '春耕备耕忙（图片）',
    '3月2日，在江西省泰和县螺溪镇，农民驾驶旋耕机平整土地。（新华社记者胡晨欢摄）',
    '为高质量发展注入强劲动力',
    '张文',
    '创新是引领发展的第一动力。当前，新一轮科技革命和产业变革深入发展。',
    '（作者为中国社会科学院经济研究所研究员）',
    '天气预报',
    '广州',
    '多云转雷阵雨',
    '23℃～31℃',
    '责任编辑：周敏',
  ].join('\n');

  it('finds headlines by shape alone, a fused headline and subheadline included', () => {
    const { articles } = run(text);
    expect(articles.map((a) => a.title)).toEqual([
      '长三角一体化发展取得新进展 区域协同创新指数三年提升近三成',
      '春耕备耕忙',
      '为高质量发展注入强劲动力',
      '天气预报',
    ]);
  });

  it('splits a dateline byline with several reporters off the lead', () => {
    const a = run(text).articles[0];
    expect(a?.byline).toBe('本报上海3月2日讯记者王明、本报记者李华报道：');
    expect(a?.reporters).toEqual(['王明', '李华']);
  });

  it('keeps a photo credit in the caption and names no reporter for it', () => {
    const a = run(text).articles[1];
    expect(a?.paragraphs).toEqual([
      '3月2日，在江西省泰和县螺溪镇，农民驾驶旋耕机平整土地。（新华社记者胡晨欢摄）',
    ]);
    expect(a?.reporters).toEqual([]);
  });

  it("reads an author's name under the headline as the byline and keeps the author note", () => {
    const a = run(text).articles[2];
    expect(a?.byline).toBe('张文');
    expect(a?.reporters).toEqual(['张文']);
    expect(a?.paragraphs.at(-1)).toBe('（作者为中国社会科学院经济研究所研究员）');
  });

  it('keeps a weather box of one token per line as one article, one paragraph per token', () => {
    expect(run(text).articles[3]?.paragraphs).toEqual(['广州', '多云转雷阵雨', '23℃～31℃']);
  });
});

describe('layout b: photo items and boxes', () => {
  const text = [
    '四川日报',
    '成渝中线高铁全线铺轨',
    '本报讯（记者 何 勇）7月11日，成渝中线高铁全线铺轨贯通，预计2027年建成通车。',
    '（图片）',
    '川西高原牦牛肥',
    '7月10日，在理塘县毛垭大草原，牧民赶着牦牛转场。本报记者 王 浩 摄',
    '全省主要城市天气',
    '成都',
    '多云',
    '24～31℃',
    '绵阳',
    '阵雨',
    '（四川省气象台7月12日发布）',
    '乡村振兴一线见闻',
    '竹编“编”出致富路',
    '本报记者 欧阳宇 文/图',
    '在眉山市青神县的竹编产业园里，几十名村民正在编织车间里忙碌。',
  ].join('\n');

  it('opens a photo item at a （图片） line standing over its headline, the marker out of the title', () => {
    const photo = run(text).articles[1];
    expect(photo?.title).toBe('川西高原牦牛肥');
    expect(photo?.parts[0]?.startsWith('（图片）')).toBe(true);
    expect(run(text).articles[0]?.paragraphs).toHaveLength(1);
  });

  it("keeps a weather box's bracketed source line as its last paragraph", () => {
    const box = run(text).articles[2];
    expect(box?.title).toBe('全省主要城市天气');
    expect(box?.paragraphs.at(-1)).toBe('（四川省气象台7月12日发布）');
  });

  it('reads a byline that says the reporter wrote and photographed (文/图)', () => {
    const a = run(text).articles[3];
    expect(a?.title).toBe('乡村振兴一线见闻竹编“编”出致富路');
    expect(a?.byline).toBe('本报记者 欧阳宇 文/图');
    expect(a?.reporters).toEqual(['欧阳宇']);
  });
});

describe('layout b: e-paper text and subheads', () => {
  const text = [
    '第01版：要闻',
    '上一篇  下一篇',
    '内容详情',
    '全国春耕备耕进展顺利',
    '本报北京3月5日电（记者 郁静娴）记者从农业农村部获悉：当前，全国春耕备耕进展顺利。',
    '一、加强农资调运',
    '农业农村部将加强化肥、种子等农资调运，确保不误农时。',
    '二、强化技术指导',
    '各地农技人员深入田间地头，开展技术指导服务。',
    '本文字数:1442',
    '返回该版首页',
  ].join('\n');

  it('leaves e-paper interface text unassigned', () => {
    expect(run(text).unassigned).toEqual([
      '第01版：要闻',
      '上一篇  下一篇',
      '内容详情',
      '本文字数:1442',
      '返回该版首页',
    ]);
  });

  it('keeps numbered subheads inside their article', () => {
    const { articles } = run(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs).toHaveLength(5);
  });
});

describe('layout c: wire datelines', () => {
  const text = [
    '解放日报',
    '中华民国三十五年五月十日　星期五　第二版',
    '平津间铁路全线通车',
    '员工日夜抢修提前十日完成',
    '【新华社北平九日电】平津间铁路经沿线员工日夜抢修，已于八日全线恢复通车。',
    '【又电】平津通车后，北平市面粮价已略见回落，市民称便。',
    '【新华社天津八日电】天津各界代表三百余人，八日在东站举行庆祝通车大会。',
    '北平物价续涨',
    '【本报特派记者林枫北平九日专电】北平物价近日继续上涨，面粉每袋已突破万元大关。',
  ].join('\n\n');

  it('keeps several dispatches under one headline in one article, the first dateline as byline', () => {
    const { articles } = run(text);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.byline).toBe('【新华社北平九日电】');
    expect(articles[0]?.paragraphs).toHaveLength(3);
    expect(articles[0]?.paragraphs[2]?.startsWith('【新华社天津八日电】')).toBe(true);
  });

  it('finds the reporter named inside a wire dateline', () => {
    expect(run(text).articles[1]?.reporters).toEqual(['林枫']);
  });
});

describe('layout d: briefs under a column name', () => {
  const text = [
    '2023年4月12日　星期三　A04　城事',
    '新闻点击',
    '△ 4月11日，市教育局发布2023年义务教育阶段招生工作方案，严禁以各类考试成绩作为招生依据。(张伟)',
    '△ 近日，市图书馆第12家分馆在江滨公园开馆，市民凭身份证即可免费借阅。（李娜 王刚）',
    '县域快讯',
    '●茶陵县启动春季植树活动',
    '4月18日，茶陵县2023年春季义务植树活动在洣水河畔启动。（记者 谭亮）',
    '责任编辑：刘敏',
  ].join('\n\n');

  it('makes each marked brief its own article and leaves the column names unassigned', () => {
    const { articles, unassigned } = run(text);
    expect(articles).toHaveLength(3);
    expect(articles[0]?.cues).toContain('brief-marker');
    expect(unassigned).toContain('新闻点击');
    expect(unassigned).toContain('县域快讯');
  });

  it("takes reporters from a brief's trailing credit and drops the marker from the text", () => {
    const { articles } = run(text);
    expect(articles[0]?.reporters).toEqual(['张伟']);
    expect(articles[1]?.reporters).toEqual(['李娜', '王刚']);
    expect(articles[0]?.paragraphs[0]?.startsWith('4月11日')).toBe(true);
    expect(articles[2]?.title).toBe('茶陵县启动春季植树活动');
    expect(articles[2]?.reporters).toEqual(['谭亮']);
  });
});

describe('layout d: briefs of several paragraphs', () => {
  it('opens a brief at each marked paragraph, even one broken by a column break', () => {
    const text = [
      '镇街传真',
      '●佛堂镇古镇老街修缮工程近日完工，修缮沿街历史建筑43幢，老街将于国庆期间重新开放。',
      '修缮中，施工方采用“修旧如旧”的方式，尽量保留原有构件。（通讯员 金 露）',
      '●大陈镇近日举办第三届衬衫文化节，30余家衬衫企业现场展示新款产品，意向成交额',
      '超过8000万元。(陈 浩)',
    ].join('\n');
    const { articles, unassigned } = run(text);
    expect(articles).toHaveLength(2);
    expect(unassigned).toEqual(['镇街传真']);
    expect(articles[0]?.paragraphs).toHaveLength(2);
    expect(articles[1]?.reporters).toEqual(['陈浩']);
    expect(articles[1]?.paragraphs).toEqual([
      '大陈镇近日举办第三届衬衫文化节，30余家衬衫企业现场展示新款产品，意向成交额超过8000万元。(陈浩)',
    ]);
  });
});

describe('layout e: a PDF page on one line', () => {
  const page =
    '2023年3月2日 星期四 要闻 A02 前两月全国铁路完成固定资产投资超800亿元 同比增长9.6% 　　本报北京3月1日电 （记者 王明）记者从中国国家铁路集团有限公 司获悉，1至2月，全国铁路完成固定资产 投资812亿元，同比增长9.6%。 　　国铁集团有关负责人介绍，今年 将抓好在建项目建设，高质量推进新开工项 目。 数字乡村建设 跑出“加速度” 本报记者 李华 刘洋 　　在浙江省德清县五四村，村民打开 手机就能查看村里的垃圾分类、河道水质等 实时数据。 责任编辑：孙振 版式设计：沈亦伶';

  it('finds the articles inside the line and cuts the page header off the first one', () => {
    const { articles, unassigned } = run(page);
    expect(articles.map((a) => a.title)).toEqual([
      '前两月全国铁路完成固定资产投资超800亿元同比增长9.6%',
      '数字乡村建设跑出“加速度”',
    ]);
    expect(unassigned).toEqual(['2023年3月2日 星期四 要闻 A02', '责任编辑：孙振 版式设计：沈亦伶']);
  });

  it('keeps a padded name inside a photo credit and reads a bare-bracket byline after a title', () => {
    const line =
      '潮州日报 2024年10月9日 星期三 第3版 潮州新闻 秋茶开采   本报讯（记者 詹 文） 寒露将至，凤凰山上的单丛茶园迎来秋 茶采摘季，茶农们天刚亮就上山。   近年来，当地通过“茶旅融 合”发展模式，带动业态蓬勃发展。 市区新增3条公交线路 本报讯 (陈锐)   为方便市民出行，市公交公司于10 月8日起新开通3条公交线路。 广济桥夜景（图片）   10月6日晚，游客在广济桥上观 赏灯光秀，吸引大批游客前来打卡。（潮州日报记者 李  晖 摄） 责任编辑：陈少鹏 校对：林 洁';
    const { articles } = run(line);
    expect(articles.map((a) => a.title)).toEqual(['秋茶开采', '市区新增3条公交线路', '广济桥夜景']);
    expect(articles[1]?.byline).toBe('本报讯 (陈锐)');
    expect(articles[2]?.paragraphs).toEqual([
      '10月6日晚，游客在广济桥上观赏灯光秀，吸引大批游客前来打卡。（潮州日报记者李晖摄）',
    ]);
  });

  it('removes the spaces the line breaks left between Chinese characters', () => {
    const a = run(page).articles[0];
    expect(a?.byline).toBe('本报北京3月1日电 （记者 王明）');
    expect(a?.paragraphs).toEqual([
      '记者从中国国家铁路集团有限公司获悉，1至2月，全国铁路完成固定资产投资812亿元，同比增长9.6%。',
      '国铁集团有关负责人介绍，今年将抓好在建项目建设，高质量推进新开工项目。',
    ]);
    expect(run(page).articles[1]?.reporters).toEqual(['李华', '刘洋']);
  });
});

describe('layout f: English OCR front page', () => {
  const text = [
    'THE EVENING STAR.',
    'WASHINGTON, D. C., FRIDAY, SEPTEMBER 16, 1921—THIRTY-TWO PAGES.',
    'MILL STRIKE ENDS;\n6,000 RETURN TO WORK',
    'Operatives Accept Compromise on\nWage Scale at Conference.',
    'By Associated Press.',
    'BOSTON, Mass., September 16.—Six thousand\noperatives of the textile mills voted to-\nday to return to work Monday morning.',
    'The settlement provides for a reduction of\nwages. Both sides expressed satisfaction.',
    "~~ ,. '' iii",
    'COAL! COAL! COAL!\nBuy Now at Summer Prices.\nPhone Main 6630.',
    'SCHOOL ENROLLMENT\nBREAKS ALL RECORDS',
    'By JOHN W. HARRIS.',
    'More than 68,000 children were enrolled in\nthe public schools this week.',
  ].join('\n\n');

  it('reads headline decks, bylines and datelines, and leaves masthead, ads and noise out', () => {
    const { articles, unassigned } = run(text);
    expect(articles.map((a) => a.title)).toEqual([
      'MILL STRIKE ENDS; 6,000 RETURN TO WORKOperatives Accept Compromise on Wage Scale at Conference.',
      'SCHOOL ENROLLMENT BREAKS ALL RECORDS',
    ]);
    expect(articles[0]?.cues).toContain('byline');
    expect(unassigned.join('|')).toContain('COAL! COAL! COAL!');
    expect(unassigned).toContain("~~ ,. '' iii");
    expect(unassigned).toContain('THE EVENING STAR.');
  });

  it('joins wrapped lines and hyphenated words; agencies are not reporters', () => {
    const [strike, school] = run(text).articles;
    expect(strike?.paragraphs[0]).toBe(
      'BOSTON, Mass., September 16.—Six thousand operatives of the textile mills voted today to return to work Monday morning.',
    );
    expect(strike?.reporters).toEqual([]);
    expect(school?.reporters).toEqual(['JOHN W. HARRIS']);
  });
});

describe('layout g: continuations', () => {
  it('links a headless fragment printed before its article, as in the mooncake sample', () => {
    const text = [
      '加快把区块链技术转化为现实生产力',
      '衡阳晚报讯 (全媒体记者 罗文鹏)',
      '8月31日上午，市委副书记、市长朱健到雁城区区块链研究院调研，推动区块链、大数据等前沿技术落地。',
      '朱健强调，要加强工作调度，强化对雁城区区块链研究院运行的支撑保障。',
      '检的月饼主要包括广式月饼、苏式月饼、冰皮月饼等品种，主要对月饼的微生物指标及防腐剂进行检测。',
      '我市对月饼开展“体检”',
      '重点检测防腐剂添加是否超量',
      '衡阳晚报讯 (全媒体记者 胡亚华)',
      '中秋佳节款款走近，月饼能否放心食用？记者自市场监督管理局了解到，执法人员全面开展月饼抽样检查。',
      '据了解，我市市场监督管理部门组织执法人员将抽检月饼30个批次，抽',
    ].join('\n\n');
    const { articles } = run(text);
    expect(articles).toHaveLength(2);
    const mooncake = articles[1];
    expect(mooncake?.linked).toBe(true);
    expect(mooncake?.parts).toHaveLength(2);
    expect(mooncake?.paragraphs.at(-1)).toBe(
      '据了解，我市市场监督管理部门组织执法人员将抽检月饼30个批次，抽检的月饼主要包括广式月饼、苏式月饼、冰皮月饼等品种，主要对月饼的微生物指标及防腐剂进行检测。',
    );
    expect(articles[0]?.paragraphs).toHaveLength(2);
  });

  it('pairs jump markers by page and leaves the markers unassigned', () => {
    const text = [
      '第1版  要闻',
      '全省经济运行稳中向好',
      '本报讯（记者 陈思远） 10月20日，省统计局发布前三季度全省经济运行情况。',
      '消费市场持续回暖，全省社会消费品零售总额同比增长6.9%，其中住宿和餐饮业零售额增长（下转第二版）',
      '秋收秋种进度过七成',
      '本报记者 刘慧',
      '记者从省农业农村厅获悉，全省秋粮已收获七成以上。',
      '第2版  要闻',
      '（上接第一版）',
      '19.3%，汽车类商品零售额增长8.1%。',
    ].join('\n');
    const { articles, unassigned } = run(text);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.linked).toBe(true);
    expect(articles[0]?.parts[1]).toBe('19.3%，汽车类商品零售额增长8.1%。');
    expect(unassigned).toEqual(expect.arrayContaining(['（下转第二版）', '（上接第一版）']));
    expect(articles[0]?.paragraphs.at(-1)).toContain('零售额增长19.3%');
  });

  it('follows an English jump line and joins the sentence across the parts', () => {
    const text = [
      'MAYOR ASKS COUNCIL\nFOR NEW BRIDGE BONDS',
      'By the Associated Press.',
      'PITTSBURGH, Pa., March 4.—Mayor Magee today asked the\nCouncil to submit a bond issue. Councilman Hamilton\ndoubted whether',
      'Continued on page 2',
      'STEEL MILLS ADD\nTHIRD SHIFT',
      'Three mills went on a three-shift schedule today.',
      'PAGE TWO',
      '(Continued from page 1)',
      'the bonds could be sold at a reasonable\nrate before the fall.',
    ].join('\n\n');
    const { articles } = run(text);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.linked).toBe(true);
    expect(articles[0]?.paragraphs.at(-1)).toBe(
      'PITTSBURGH, Pa., March 4.—Mayor Magee today asked the Council to submit a bond issue. Councilman Hamilton doubted whether the bonds could be sold at a reasonable rate before the fall.',
    );
  });

  it('moves the rest of a cut article out of the first article of a later page', () => {
    const text = [
      '第1版',
      '滇池治理取得阶段性成效',
      '春城晚报讯（记者 杨丽萍） 8月20日，记者从昆明市滇池管理局获悉，今年1至7月，滇池全湖水质保持IV类，滇池湿地鸟类种群数量明显增加。',
      '据介绍，近年来昆明持续推进滇池保护治理攻坚行动，加快补齐污水收集处理设施短板，让高原明珠重现碧波荡',
      '博物馆迎来亲子客流高峰',
      '记者 聂 敏',
      '暑期进入最后一周，云南省博物馆迎来亲子客流高峰，场馆推出了考古小课堂等活动。',
      '4',
      '综合新闻  责任编辑：杜 娟',
      '斗南花市夜场客流创新高',
      '本报记者 宇文晴',
      '晚上10点，呈贡斗南花卉市场依然灯火通明，前来买花、拍照的市民和游客络绎不绝。',
      '市场相关负责人介绍，市场已开通花卉快递专线，48小时内可送达全国大部分城市。',
      '漾的美景。',
      '滇池管理局相关负责人表示，滇池保护治理是一项长期工作，市民发现向滇池及入湖河道违法排污等行为，可拨打12345热线举报。',
    ].join('\n\n');
    const { articles } = run(text);
    const lake = articles[0];
    expect(lake?.linked).toBe(true);
    expect(lake?.parts[1]?.startsWith('漾的美景。')).toBe(true);
    expect(lake?.paragraphs[1]?.endsWith('让高原明珠重现碧波荡漾的美景。')).toBe(true);
    expect(articles[2]?.paragraphs.at(-1)?.endsWith('全国大部分城市。')).toBe(true);
  });

  it('opens a fragment at a paragraph that starts with the rest of a cut word', () => {
    const text = [
      '老菜市场“焕新”记',
      '记者 曲 明',
      '早上七点，西岗区长春路菜市场里已经人声鼎沸，改造后的市场完善了消防、排水等设施，并引入智慧管理系统，实现食品安全可追',
      '大连港冷链物流园二期投用',
      '大连晚报讯（记者 于 涛） 8月19日，大连港冷链物流园二期项目正式投入使用，新增冷库库容10万吨。',
      '市港口与口岸局相关负责人表示，下一步将加快推进冷链物流园三期建设。',
      '溯、客流实时监测。市商务局表示，今年改造提升的农贸市场将在年底前全部完工，菜市场的烟火气更浓了。',
    ].join('\n\n');
    const { articles } = run(text);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.linked).toBe(true);
    expect(
      articles[0]?.paragraphs[0]?.endsWith(
        '实现食品安全可追溯、客流实时监测。市商务局表示，今年改造提升的农贸市场将在年底前全部完工，菜市场的烟火气更浓了。',
      ),
    ).toBe(true);
    expect(articles[1]?.paragraphs).toHaveLength(2);
  });

  it('does not link an article cut mid-sentence to an unrelated neighbour', () => {
    const text = [
      '全市夏粮收购工作启动',
      '本报讯（记者 张华）',
      '6月2日，全市夏粮收购工作正式启动。市粮食和物资储备局组织各收储企业敞开收购。',
      '相关负责人表示，将加强收购市场监管，同时做好粮食烘干、仓储等服务工作，切实保护种粮农民',
      '全民健身月活动开幕',
      '本报讯（记者 赵敏）',
      '6月1日，全市全民健身月活动在市体育中心开幕。',
      '活动期间，将举办健步走、广场舞、篮球赛等各类赛事40余场。',
    ].join('\n\n');
    const { articles } = run(text);
    expect(articles.map((a) => a.parts.length)).toEqual([1, 1]);
    expect(articles[0]?.flags).toContain('ends-mid-sentence');
  });
});

describe('layout f: wrapped column lines', () => {
  it('never takes a dateline line or a capitalised word ending a sentence for a headline', () => {
    const text = [
      'TAFT LEAVES FOR\nTHE WEST TODAY',
      'President Will Speak in\nSeventeen Cities on\nLong Trip.',
      'By Associated Press.',
      'BEVERLY, Mass., Sept. 14.—President\nTaft left his summer home here\nthis morning, a trip which will end\nbefore the opening of\nCongress.',
      'A large crowd of summer residents\ngathered at the station.',
    ].join('\n\n');
    const { articles } = run(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe(
      'TAFT LEAVES FOR THE WEST TODAYPresident Will Speak in Seventeen Cities on Long Trip.',
    );
    expect(articles[0]?.paragraphs[0]?.endsWith('before the opening of Congress.')).toBe(true);
  });

  it('keeps a one-word line of a capital deck in the headline', () => {
    const text = [
      'STRIKE VOTE\nTAKEN BY MILL\nOPERATIVES\nTen Thousand Weavers in Fall River\nWill Decide Tonight',
      'By Associated Press.',
      'FALL RIVER, Mass., Oct. 9.—Ten thousand weavers\nwill vote tonight on a general strike.',
    ].join('\n\n');
    expect(run(text).articles[0]?.title.startsWith('STRIKE VOTE TAKEN BY MILL OPERATIVES')).toBe(true);
  });
});

describe('offsets and invariants', () => {
  it('counts offsets in code points when the text holds astral characters', () => {
    const text = '𠀀市新闻\n\n本报讯（记者 𠀾明）全市今天开会。\n\n责任编辑：王刚';
    const proposal = segment(text);
    expect(invariantProblems(text, proposal.doc)).toEqual([]);
    const { articles } = summarise(text, proposal);
    expect(articles[0]?.parts).toEqual(['𠀀市新闻\n\n本报讯（记者 𠀾明）全市今天开会。']);
  });

  it('returns an empty document for blank text and covers text that is all noise', () => {
    expect(segment('').doc).toEqual({ articles: [], unassigned: [] });
    expect(segment('\n \n\t\n').doc.articles).toEqual([]);
    const noise = '~~ ,. ;;\n\n·· ，，';
    expect(invariantProblems(noise, segment(noise).doc)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = '标题一\n\n本报讯 正文一。\n\n标题二\n\n正文二，没有结束';
    expect(segment(text)).toEqual(segment(text));
  });
});
