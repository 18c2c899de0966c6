/**
 * Common Chinese surnames (simplified and traditional), used to tell an author's name standing on
 * its own line (`何小竹`, `张文`) from a short place or word (`广州`, `多云`). Rare surnames that
 * are also everyday words (广, 立, 春, 天…) are left out on purpose.
 */
const SINGLE =
  '闻聞王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方邹鄒熊白孟秦邱侯江尹薛闫閆段雷黎史龙龍陶贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺封';

const COMPOUND = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '慕容',
  '司徒',
  '公孙',
  '公孫',
  '夏侯',
  '尉迟',
  '尉遲',
  '长孙',
  '長孫',
  '宇文',
  '端木',
  '西门',
  '西門',
];

const SINGLE_SET = new Set(Array.from(SINGLE));

/** Whether `name` (2–4 Han characters, spaces already removed) starts with a common surname. */
export function startsWithSurname(name: string): boolean {
  if (COMPOUND.some((c) => name.startsWith(c))) return name.length >= 3;
  return SINGLE_SET.has(name[0] ?? '');
}
