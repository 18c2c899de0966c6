/**
 * Issue metadata from a raw file's name, as archives name them: `衡阳晚报-2022-09-01-A02.txt`,
 * `衡阳晚报_20220901_A02.txt`, `衡阳晚报2022年9月1日第2版.txt`. Whatever cannot be read is null.
 */
export interface IssueName {
  publication: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  edition: string | null;
}

const SEP = '[-_ .·　]';
// Year, month, day: 2022-09-01, 2022_9_1, 2022.09.01, 20220901 or 2022年9月1日.
const DATE = new RegExp(
  `(?<![0-9])(?:(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})|(\\d{4})(\\d{2})(\\d{2})|(\\d{4})年(\\d{1,2})月(\\d{1,2})日)(?![0-9])`,
  'u',
);
// A02, A2版, 2版, 第2版, B叠03 is too rare to guess at.
const EDITION = new RegExp(`^${SEP}*(?:第\\s*)?([A-Za-z]{0,2}\\d{1,3})\\s*版?${SEP}*$`, 'u');
const TRIM = new RegExp(`^${SEP}+|${SEP}+$`, 'gu');

function validDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function baseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // Only an extension that looks like one: `衡阳晚报 2022.9.1` has none.
  return base.replace(/\.[A-Za-z][A-Za-z0-9]{0,4}$/, '');
}

export function parseIssueFileName(name: string): IssueName {
  const stem = baseName(name).normalize('NFC');
  const none: IssueName = { publication: null, date: null, edition: null };
  const m = DATE.exec(stem);
  if (!m) return none;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
  const date = validDate(y as string, mo as string, d as string);
  if (!date) return none;
  const before = stem.slice(0, m.index).replace(TRIM, '');
  const after = stem.slice(m.index + m[0].length);
  const edition = EDITION.exec(after)?.[1]?.toUpperCase() ?? null;
  // Anything after the date that is not an edition (…-2022-09-01-衡阳晚报) may be the publication.
  const rest = edition === null ? after.replace(TRIM, '') : '';
  return { publication: before || rest || null, date, edition };
}
