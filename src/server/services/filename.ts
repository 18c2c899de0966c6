/**
 * Publication, date and edition from an issue's file name, e.g. `衡阳晚报_2022-09-01_A03.txt`,
 * `hengyang-evening-news-20220901-a3.txt`. A local stand-in until src/core/filename.ts exists.
 */
export interface IssueFileName {
  publication: string | null;
  date: string | null;
  edition: string | null;
}

const DATE_RE = /(?<!\d)(\d{4})[-_.年]?(\d{1,2})[-_.月]?(\d{1,2})日?(?!\d)/;
const EDITION_RE = /(?:^|[-_ .])(?:第?([A-Za-z]?\d{1,3})版|([A-Za-z]\d{1,3}))(?=$|[-_ .])/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1800 && y <= 2200;
}

export function parseIssueFileName(name: string): IssueFileName {
  let stem = (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '');
  let date: string | null = null;
  const dm = DATE_RE.exec(stem);
  if (dm) {
    const [y, m, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
    if (validDate(y, m, d)) {
      date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      stem = stem.slice(0, dm.index) + ' ' + stem.slice(dm.index + dm[0].length);
    }
  }
  let edition: string | null = null;
  const em = EDITION_RE.exec(stem);
  if (em) {
    edition = (em[1] ?? em[2] ?? '').toUpperCase() || null;
    stem = stem.slice(0, em.index) + ' ' + stem.slice(em.index + em[0].length);
  }
  const publication = stem.replace(/[-_.\s]+/g, ' ').trim();
  return { publication: publication || null, date, edition };
}
