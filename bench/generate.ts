/**
 * Deterministic benchmark input: an issue of exactly `chars` characters (code units; the sources are
 * all BMP), about one article per 750 characters, assembled from the sample issue and the Chinese
 * layout fixtures: real headlines and paragraphs, varied bylines, a page header every few articles.
 * The same (chars, seed) always gives the same text, as long as the fixtures do not change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const PAPERS = ['衡阳晚报', '株洲晚报', '湘江日报', '南岳周刊'];
const REPORTER_ROLES = ['全媒体记者', '记者', '通讯员', '见习记者'];
const SURNAMES = '陈王李张刘杨赵黄周吴徐孙胡朱高林何郭马罗谭';
const GIVEN = '润雅文明华军芳敏静丽强磊洋勇艳杰娟涛超霞平刚桂英';
const SECTIONS = ['要闻', '城事', '综合', '经济', '文体', '民生'];
/** Articles per page: one page header before each page, as OCR of a real issue has. */
const ARTICLES_PER_PAGE = 6;
export const MEAN_ARTICLE_CHARS = 750;

function cjkShare(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return cjk / Math.max(1, text.replace(/\s/g, '').length);
}

/** The sample and every mostly-Chinese layout fixture except flattened PDFs (their lines are pages long). */
function sources(): string[] {
  const files = [join(root, 'fixtures/samples/hengyang-evening-news.txt')];
  const dir = join(root, 'fixtures/layouts');
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.txt') && !f.startsWith('e-')) files.push(join(dir, f));
  }
  return files
    .map((f) =>
      readFileSync(f, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    )
    .filter((t) => cjkShare(t) > 0.6);
}

interface Pool {
  headlines: string[];
  paragraphs: string[];
}

let cached: Pool | null = null;

/** Blank-line separated blocks sorted into headline-shaped lines and paragraphs. */
function pool(): Pool {
  if (cached) return cached;
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const text of sources()) {
    for (const raw of text.split(/\n\s*\n/)) {
      const b = raw.trim();
      if (!b || b.includes('\n')) continue;
      const bylineLike = /[记記]者|[讯訊]|通讯员|\d{4}年|版$|星期/.test(b.slice(0, 30));
      if (b.length >= 40 && !bylineLike) paragraphs.push(b);
      else if (b.length >= 6 && b.length <= 30 && !bylineLike && !/[。！？；：，]$/.test(b))
        headlines.push(b);
    }
  }
  if (paragraphs.length === 0 || headlines.length === 0) throw new Error('bench: no usable fixture text');
  cached = { headlines, paragraphs };
  return cached;
}

/** A small linear congruential generator: deterministic and the same on every platform. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** Cuts a paragraph at its last sentence end within `room`, or keeps it whole when it has none there. */
function fit(paragraph: string, room: number): string {
  if (paragraph.length <= room) return paragraph;
  const cut = paragraph.slice(0, room).search(/[。！？][^。！？]*$/);
  return cut > 20 ? paragraph.slice(0, cut + 1) : paragraph;
}

export function generateIssue(chars: number, seed = 1): string {
  const { headlines, paragraphs } = pool();
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < chars; k++) {
    const paper = PAPERS[seed % PAPERS.length] as string;
    if (k % ARTICLES_PER_PAGE === 0) {
      const page = Math.floor(k / ARTICLES_PER_PAGE) + 1;
      out.push(`${paper}  2022年9月1日 星期四  A${String(page).padStart(2, '0')}  ${pick(SECTIONS)}`, '');
    }
    // Uniform in [400, 1000), plus the overshoot of the last paragraph and the page headers: one
    // article per 750 characters on average.
    const budget = 400 + rand(600);
    const lines = [pick(headlines), ''];
    if (rand(3) === 0) lines.push(pick(headlines), '');
    const name = `${pick([...SURNAMES])}${pick([...GIVEN])}${rand(2) ? pick([...GIVEN]) : ''}`;
    lines.push(`${paper}讯 (${pick(REPORTER_ROLES)} ${name})`, '');
    let len = lines.join('\n').length;
    while (len < budget) {
      const p = fit(pick(paragraphs), Math.max(60, budget - len));
      lines.push(p, '');
      len += p.length + 2;
    }
    const text = lines.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return out.join('\n').slice(0, chars);
}
