import { CUE_AGENCY, CUE_ALL, CUE_BYLINE } from './chars.ts';
import { HAN, MONTHS, NAME, NAME_SEP, ROLE, ZH_DATE } from './patterns.ts';

export type BylineKind = 'agency' | 'reporter' | 'wire' | 'english';

export interface BylineMatch {
  /** Code units from the start of the line to the end of the byline. */
  len: number;
  kind: BylineKind;
}

const MARK = '(?:[□■◆◇●▲△★☆]\\s*)?';
const SAYS = '(?:讯|訊|电|電)';
const BRACKET = '\\s*(?:[（(][^（()）\\n]{1,40}[)）]|〔[^〔〕\\n]{1,40}〕)';
const REPORTED = `\\s*(?:${ROLE}\\s*${NAME}(?:${NAME_SEP}(?:${ROLE}\\s*)?${NAME})*\\s*)+(?:报道|報道)[：:]?`;

/**
 * `本报讯`, `衡阳晚报讯`, `本报上海3月2日讯`, `新华社北京5月6日电`, then reporters in brackets or
 * `记者…报道：`. Another agency than 本报 must be followed by a delimiter or a role word, so a
 * sentence like `互联网电商…` is not taken for one.
 */
const AGENCY_HEAD = new RegExp(
  `^${MARK}(?:据[${HAN}]{2,12}?(?:报道|報道)(?=[（(])|(?:本报|本報|本刊)[${HAN}]{0,8}?${ZH_DATE}?${SAYS}|[${HAN}·]{1,14}?(?:报|報|网|網|社|台|刊)[${HAN}]{0,8}?${ZH_DATE}?${SAYS}(?=$|[\\s（(【〔\\[]|${ROLE}))`,
);
/** A reporter list running to the end of the line: `本报讯 记者卢彬 通讯员粤交宣`. */
const LISTED = `\\s+(?:${ROLE}\\s*[：:]?\\s*${NAME}(?:${NAME_SEP}${NAME})*\\s*)+$`;
/** The same list fused into the lead, a space before the text: `浏阳日报讯 记者 罗明辉 通讯员 汤 杰 记者从…`. */
/** A role and its names, `记者 黄柏熙、张 颖`: the unit of the reporter lists below. */
const REPORTERS = `${ROLE}[ \\u3000]*${NAME}(?:[、，,][ \\u3000]*(?:${ROLE}[ \\u3000]*)?${NAME})*`;
const LISTED_FUSED = `[ \\u3000]+(?:${REPORTERS}[ \\u3000]+)+(?=[^\\s])`;
/** Words a lead opens with, where the last name runs into it unspaced: `…通讯员 岑瑞丽在慈溪市…`. */
const LEAD_START = '在|从|從|近日|日前|今年|今天|昨天|昨日|据|據|随着|隨著|走进|走進';
/** Reporters opening the lead with no agency before them, a space after: `记者 龚哲明 秋日的…`. */
const REPORTERS_FUSED = new RegExp(
  `^(?:${REPORTERS}[ \\u3000]+)*(?:${REPORTERS}[ \\u3000]+(?:[${HAN}]{2,6}?(?:报道|報道)[：:]?[ \\u3000]*)?(?=[^\\s])|${REPORTED}|${ROLE}[ \\u3000]+[${HAN}]{2,3}?(?=${LEAD_START}))`,
);
const ROLE_START = new RegExp(`^${ROLE}`);
const AGENCY_TAIL = new RegExp(`^(?:${BRACKET}|${REPORTED}|${LISTED}|${LISTED_FUSED})`);

/** `〔記者陳宏銘／台北報導〕`, `[记者 张三/北京报道]`: reporters and place in brackets, Taiwan style. */
const BRACKET_REPORT = new RegExp(
  `^${MARK}[〔【\\[（(]\\s*(?:${ROLE}\\s*)?${NAME}(?:${NAME_SEP}(?:${ROLE}\\s*)?${NAME})*\\s*[/／]\\s*[${HAN}]{2,8}?(?:报道|報道|报导|報導)[〕】\\]）)]`,
);

/**
 * Reporters after a wire tag: to the end of the line (`記者 歐陽家明 報道`), or ending in a space
 * before the lead (`記者 黃柏熙、張 穎 政府宣佈…`). Group 1 is the trailing space.
 */
const WIRE_REPORTERS = new RegExp(
  `^[ \\u3000]*(?:(?:综合|綜合)(?:报道|報道)[：:]?|${REPORTERS}(?:[ \\u3000]+${REPORTERS})*(?:[ \\u3000]*(?:报道|報道)[：:]?[ \\u3000]*|[ \\u3000]*$|([ \\u3000]+)(?=[^\\s])))`,
);

/** Column names and kickers that start with a role word: `记者手记`, `记者观察`, `本報記者專訪`. */
const REPORTER_COLUMN =
  /^(?:本报|本報|特派|本报特派|本報特派)?(?:记者|記者)(?:专访|專訪|访问|訪問|采访|採訪|专稿|專稿|特写|特寫|述评|述評|手记|手記|观察|觀察|调查|調查|走基层|走基層|探访|探訪|札记|札記|来信|來信|体验|體驗|直击|直擊)$/;

/** `【本報記者陳夢】` on its own line: the paper's reporter in a wire tag's brackets, no dateline. */
const BRACKET_REPORTER = new RegExp(`^[【〔]${ROLE}[ \\u3000]*${NAME}[】〕]$`);

/** `【新华社北平九日电】`: a wire dateline in brackets. */
const WIRE = new RegExp(`^[【〔\\[（(][^】〕\\]）)\\n]{0,30}?(?:${SAYS}|报道|報道)[】〕\\]）)]`);

/** A line of reporters only: `本报记者 张三`, `记者 张三 通讯员 李四`, `文/图 本报记者 张三`. */
const REPORTER_LINE = new RegExp(
  `^${MARK}(?:(?:文字|文|图|圖|摄影|攝影)\\s*[/／]?\\s*(?:文|图|圖)?\\s*[：:/／]?\\s*)?(?:(?:${ROLE}\\s*[：:]?\\s*)${NAME}(?:${NAME_SEP}${NAME})*\\s*)+(?:报道|報道|报导|報導)?(?:[ \\u3000]*(?:文[/／]图|文[/／]圖|文图|文圖|图文|圖文))?$`,
);
/** `本报评论员`, `特约评论员 张三`: commentary signed by a desk or a person. */
const COMMENTATOR = new RegExp(
  `^${MARK}(?:本报|本報|本刊|人民日报|人民日報)?(?:特约|特約)?(?:评论员|評論員)(?:\\s*${NAME})?$`,
);
const CREDIT_LINE = new RegExp(
  `^${MARK}(?:文|文字|文图|文/图|文／图)\\s*[/／：:]\\s*${NAME}(?:${NAME_SEP}${NAME})*$`,
);

const ENGLISH_BY =
  /^\(?\s*(?:By|BY)\s+(?:the\s+|THE\s+)?[A-Z][A-Za-z.'’-]*(?:[ ,]+(?:and\s+|AND\s+)?[A-Z][A-Za-z.'’-]*)*[.,]?\s*\)?\.?$/;
/** `Herald Staff Reporter.`, `Staff Correspondent of The Star.` */
const ENGLISH_STAFF =
  /^\(?\s*(?:By\s+|BY\s+)?(?:(?:the|a|an|our|its)\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Staff\s+)?(?:Reporter|Correspondent|Writer)(?:\s+of\s+[^.]{2,40})?\.?\s*\)?$/;
const ENGLISH_SPECIAL =
  /^\(?\s*(?:(?:Special|SPECIAL)\s+(?:Dispatch\s+|Correspondence\s+|Cable\s+)?(?:to|TO)\s+[^.]{2,40}|(?:By\s+|BY\s+)?(?:Cable|CABLE|Wireless|WIRELESS|Telegraph|TELEGRAPH)\s+(?:to|TO)\s+[^.]{2,40}|(?:From\s+|FROM\s+)?(?:Our|OUR)\s+(?:Own\s+|OWN\s+)?(?:Correspondent|CORRESPONDENT)[^.]{0,30})\.?\s*\)?\.?$/;
/**
 * `By Cable.—Press Association.—Copyright.`, `(United Press Association.—By Electric Telegraph.—Copyright.)`:
 * how the news came, and from whom.
 */
const ENGLISH_CABLE =
  /^\(?\s*(?:By|BY)\s+(?:Cable|CABLE|Telegraph|TELEGRAPH|Wireless|WIRELESS)\.?(?:\s*(?:—|--)\s*[A-Z][A-Za-z' ]{2,40}\.?)*\s*\)?$|^\((?:[A-Z][A-Za-z' ]{2,40}\.?\s*(?:—|--)\s*)+(?:Copyright|COPYRIGHT)\.?\)$/;
/** An agency credit in brackets: `(Press Association.)`, `(By Reuter.)`, `(Associated Press)`. */
const ENGLISH_AGENCY =
  /^\(\s*(?:By\s+|BY\s+)?(?:the\s+|The\s+|THE\s+)?(?:Press Association|PRESS ASSOCIATION|Reuters?|REUTERS?|Reuter's Agency|Associated Press|ASSOCIATED PRESS|United Press|UNITED PRESS|Central News|Exchange Telegraph|Havas|HAVAS|International News Service|I\.\s?N\.\s?S|A\.\s?P|U\.\s?P)\.?\s*\)\.?$/;

/**
 * The byline at the start of a line: the whole line (`len === s.length`) or a prefix fused into
 * the first paragraph. Null when the line does not open with one.
 */
export function matchByline(s: string, cues = CUE_ALL): BylineMatch | null {
  // Cheap tests first: most lines contain none of the words a byline is built from. `cues` are
  // the character classes the caller saw in the line (see chars.ts).
  if (s.length <= 80) {
    if (cues & CUE_BYLINE && REPORTER_COLUMN.test(s)) return null;
    if (cues & CUE_BYLINE && (REPORTER_LINE.test(s) || CREDIT_LINE.test(s) || COMMENTATOR.test(s))) {
      return { len: s.length, kind: 'reporter' };
    }
    const c = s.charCodeAt(0);
    if (
      (c === 0x42 ||
        c === 0x28 ||
        c === 0x53 ||
        /(?:Reporter|Correspondent|Writer)\.?\)?$|Correspondent/.test(s)) &&
      (ENGLISH_BY.test(s) ||
        ENGLISH_SPECIAL.test(s) ||
        ENGLISH_STAFF.test(s) ||
        ENGLISH_AGENCY.test(s) ||
        ENGLISH_CABLE.test(s))
    ) {
      return { len: s.length, kind: 'english' };
    }
  }
  if (cues & CUE_BYLINE && ROLE_START.test(s)) {
    // `记者 龚哲明 秋日的奉化区…`: the reporters, a space, then the lead.
    const m = REPORTERS_FUSED.exec(s.slice(0, 60));
    if (m) return { len: m[0].trimEnd().length, kind: 'reporter' };
  }
  if (cues & CUE_BYLINE && /^[〔【[（(]/.test(s)) {
    const m = BRACKET_REPORT.exec(s.slice(0, 60));
    if (m) return { len: m[0].length, kind: 'reporter' };
    if (s.length <= 16 && BRACKET_REPORTER.test(s)) return { len: s.length, kind: 'reporter' };
  }
  // `【星島日報報道】`: a wire tag that says 報道 instead of 讯 or 电.
  const reportTag =
    (s.charCodeAt(0) === 0x3010 || s.charCodeAt(0) === 0x3014) && /^.{2,20}?(?:报道|報道)[】〕]/.test(s);
  if (!reportTag && (!(cues & CUE_AGENCY) || !/[讯訊电電]/.test(s.slice(0, 48)))) return null;
  const head = reportTag ? null : AGENCY_HEAD.exec(s.slice(0, 120));
  if (head) {
    let len = head[0].length;
    // The sentinel keeps `$` from matching at the cut of a long line.
    const rest = s.length - len <= 120 ? s.slice(len) : s.slice(len, len + 120) + '\u0000';
    const tail = AGENCY_TAIL.exec(rest);
    if (tail) len += tail[0].length;
    return { len, kind: 'agency' };
  }
  const wire = /^[【〔[（(]/.test(s) ? WIRE.exec(s.slice(0, 40)) : null;
  if (wire) {
    // `【本報訊】記者 歐陽家明 報道` on its own line, or the reporters fused before the lead.
    const rest = s.slice(wire[0].length, wire[0].length + 80);
    const names = WIRE_REPORTERS.exec(rest);
    let len = 0;
    if (names) {
      const m = names[0];
      const whole = m.length === rest.length && s.length - wire[0].length <= 80;
      if (whole || names[1] !== undefined || /(?:报道|報道)[：:]?[ \u3000]*$/.test(m)) len = m.length;
      if (len > 0 && /^[：:]/.test(rest.slice(len))) len++;
    }
    return { len: wire[0].length + len, kind: 'wire' };
  }
  return null;
}

/** `BOSTON, Mass., Sept. 16.—`: an English wire dateline opening a paragraph. */
const DATELINE = new RegExp(
  `^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,(?:\\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*,)?\\s*${MONTHS}\\.?\\s*\\d{1,2}(?:\\s*\\([A-Z.]+\\))?[.,]?\\s*(?:—|--|–|-)`,
);

export function matchDateline(s: string): number {
  const m = DATELINE.exec(s.slice(0, 80));
  return m ? m[0].length : 0;
}
