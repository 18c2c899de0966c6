/**
 * Place names that follow a reporter's name in a wire dateline (`记者林枫北平九日专电`), so the
 * name can be cut from the place. Provincial capitals, large cities and the datelines of the
 * 1940s press, in simplified and traditional forms.
 */
const PLACES =
  '北京 北平 上海 天津 重庆 重慶 南京 广州 廣州 深圳 香港 澳门 澳門 台北 臺北 杭州 武汉 武漢 长沙 長沙 成都 西安 沈阳 瀋陽 哈尔滨 哈爾濱 长春 長春 ' +
  '石家庄 石家莊 太原 呼和浩特 济南 濟南 青岛 青島 郑州 鄭州 合肥 南昌 福州 厦门 廈門 南宁 南寧 海口 贵阳 貴陽 昆明 拉萨 拉薩 兰州 蘭州 西宁 西寧 ' +
  '银川 銀川 乌鲁木齐 烏魯木齊 大连 大連 宁波 寧波 苏州 蘇州 无锡 無錫 延安 张家口 張家口 邯郸 邯鄲 阜平 太行 冀中 冀南 晋察冀 晉察冀 ' +
  '东京 東京 华盛顿 華盛頓 纽约 紐約 伦敦 倫敦 巴黎 莫斯科 柏林 日内瓦 日內瓦 新德里 曼谷 首尔 首爾 平壤 河内 河內 开罗 開羅 悉尼 ' +
  '衡阳 衡陽 株洲 湘潭 岳阳 岳陽 常德 郴州 珠海 佛山 东莞 東莞 汕头 汕頭 温州 溫州 徐州 洛阳 洛陽 开封 開封 桂林 遵义 遵義 三亚 三亞';

const SET = new Set(PLACES.split(' '));
const LONGEST = 4;

/** The length of a known place name ending `s`, 0 if none. */
export function placeSuffix(s: string): number {
  for (let k = Math.min(LONGEST, s.length - 1); k >= 2; k--) if (SET.has(s.slice(s.length - k))) return k;
  return 0;
}
