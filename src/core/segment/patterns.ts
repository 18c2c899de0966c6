/**
 * Regular-expression building blocks shared by the byline, furniture and reporter parsers.
 * Every pattern is anchored and bounded so it stays linear on long lines.
 */

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Reporter role words, longest first (simplified and traditional). */
export const ROLE_WORDS = [
  '全媒体记者',
  '全媒體記者',
  '融媒体记者',
  '融媒體記者',
  '新华社记者',
  '新華社記者',
  '中新社记者',
  '中新社記者',
  '特约通讯员',
  '特約通訊員',
  '本报记者',
  '本報記者',
  '特约记者',
  '特約記者',
  '特派记者',
  '特派記者',
  '特派员',
  '特派員',
  '见习记者',
  '見習記者',
  '摄影记者',
  '攝影記者',
  '首席记者',
  '实习记者',
  '實習記者',
  '记者',
  '記者',
  '通讯员',
  '通訊員',
  '实习生',
  '實習生',
];

/** A paper or station named before 记者: `新民晚报记者`, `央视记者`, `经济日报记者`. */
const OUTLET_REPORTER = `[${HAN}]{1,6}?(?:日报|日報|晚报|晚報|报|報|社|台|视|視|网|網)(?:全媒体|全媒體|首席|特约|特約|见习|見習|融媒体|融媒體)?(?:记者|記者)`;

export const ROLE = `(?:${OUTLET_REPORTER}|${ROLE_WORDS.join('|')})`;

/**
 * A Chinese personal name: two to four characters, or a transliterated name joined by ·. Papers
 * pad short names to the width of long ones (`吴 桐`, `王  轶`), so a space or two may stand inside.
 */
export const NAME = `[${HAN}](?:[ \u3000]{0,2}[${HAN}]){1,3}(?:[·•][${HAN}]{1,8})?`;

export const NAME_SEP = '[\\s、，,/／]+';

export const MONTHS = '(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*';

/** Chinese numerals as printed in dates. */
export const ZH_NUM = '[〇零一二三四五六七八九十廿卅]';

/** A date as it appears in datelines: 5月6日, 五月六日, or just 九日. */
export const ZH_DATE = `(?:\\d{1,2}月\\d{1,2}日|${ZH_NUM}{1,3}月${ZH_NUM}{1,3}日|\\d{1,2}日|${ZH_NUM}{1,3}日)`;

/** A poem's date line: `2024年2月于太原`, `——甲辰年立春`. It closes the poem as a line of its own. */
export const POEM_DATE = new RegExp(
  `^(?:——|—|--?)?\\s*(?:\\d{4}|[〇零一二三四五六七八九]{4}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])\\s*年(?:\\s*[\\d〇一二三四五六七八九十]{1,2}\\s*月|立?[春夏秋冬])?(?:\\s*[\\d〇一二三四五六七八九十]{1,3}\\s*日)?(?:\\s*(?:于|於|写于|寫於|作于|作於|改于|改於|在|[·•・]))?[${HAN}]{0,8}$`,
);
