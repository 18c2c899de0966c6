import type { Article, Reporter, RoleSpan } from './model.ts';
import { repairParagraphs } from './paragraphs.ts';
import { parseReporters } from './reporters.ts';
import { isCjkish, isComplete, isHan } from './segment/chars.ts';
import type { SourceText } from './text.ts';

/** The reader-facing fields of an article, derived from its roles unless an editor typed over them. */
export interface DerivedArticle {
  kicker: string | null;
  headline: string;
  subheadlines: string[];
  byline: string | null;
  reporters: Reporter[];
  paragraphs: string[];
  /** What a reviewer should look at: 'no-byline', 'ends-mid-sentence', 'continued', 'low-confidence', 'no-headline'. */
  flags: string[];
}

const blankLayout = new WeakMap<SourceText, boolean>();

/** Whether blank lines separate the blocks of this text: then a block is a paragraph or a piece of one. */
function usesBlankLines(src: SourceText): boolean {
  let known = blankLayout.get(src);
  if (known === undefined) {
    const t = src.text;
    let lines = 0;
    let blanksAfter = 0;
    let prevBlank = true;
    let from = 0;
    for (;;) {
      const nl = t.indexOf('\n', from);
      const end = nl < 0 ? t.length : nl;
      const blank = t.slice(from, end).trim().length === 0;
      if (!blank) lines++;
      else if (!prevBlank) blanksAfter++;
      prevBlank = blank;
      if (nl < 0) break;
      from = nl + 1;
    }
    known = lines > 1 && blanksAfter * 4 >= lines - 1;
    blankLayout.set(src, known);
  }
  return known;
}

function joinTitle(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out && !isCjkish(out.charCodeAt(out.length - 1)) && !isCjkish(p.charCodeAt(0))) out += ' ';
    out += p;
  }
  return out;
}

/**
 * Subheadlines, one per deck: English deck lines wrapped within one block
 * (`Operatives Accept Compromise on` / `Wage Scale at Conference.`) read as one subheadline.
 */
function deckLines(src: SourceText, spans: RoleSpan[]): string[] {
  const out: string[] = [];
  let prev: RoleSpan | null = null;
  for (const r of spans) {
    if (r.role !== 'subheadline') continue;
    const text = src.slice(r.start, r.end).trim();
    const latin = /[A-Za-z]/.test(text) && !isCjkish(text.charCodeAt(0));
    const sameBlock = prev !== null && src.slice(prev.end, r.start).split('\n').length === 2;
    if (prev && latin && sameBlock && out.length > 0) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    prev = r;
  }
  return out;
}

function textOf(src: SourceText, spans: RoleSpan[], role: RoleSpan['role']): string[] {
  return spans.filter((s) => s.role === role).map((s) => src.slice(s.start, s.end).trim());
}

function partOf(article: Article, s: RoleSpan): number {
  return article.parts.findIndex((p) => s.start >= p.start && s.end <= p.end);
}

/** Body spans in reading order: part by part, then by position inside the part. */
function bodySpans(article: Article): RoleSpan[] {
  return article.roles
    .filter((r) => r.role === 'body')
    .map((r) => ({ r, part: partOf(article, r) }))
    .sort((a, b) => a.part - b.part || a.r.start - b.r.start)
    .map((x) => x.r);
}

/** The body as blocks: spans with no blank line between them (in a blank-line layout) form one block. */
function bodyBlocks(article: Article, src: SourceText): string[] {
  const blank = usesBlankLines(src);
  const blocks: string[] = [];
  let prevEnd = -1;
  let prevPart = -1;
  for (const r of bodySpans(article)) {
    const part = partOf(article, r);
    const text = src.slice(r.start, r.end);
    const between = prevEnd >= 0 && part === prevPart ? src.slice(prevEnd, r.start) : '';
    const sameBlock = blank && prevEnd >= 0 && part === prevPart && between.split('\n').length - 1 === 1;
    if (sameBlock) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
    prevEnd = r.end;
    prevPart = part;
  }
  return blocks;
}

const CREDIT = /[（(]([^（()）]{2,40})[)）]\s*$/;

/**
 * `(张伟)` or `（记者 刘芳 通讯员 易晓）` ending a brief; a photo credit (…摄) names no reporter.
 * Read from the source text, where the spaces between names still stand.
 */
function trailingCredit(article: Article, src: SourceText): Reporter[] {
  const body = bodySpans(article);
  const lastBody = body[body.length - 1];
  const last = lastBody ? src.slice(lastBody.start, lastBody.end).trim() : '';
  if (!last) return [];
  const m = CREDIT.exec(last);
  if (!m) return [];
  const inner = m[1] as string;
  if (/摄|攝|供图|供圖|综合|綜合|整理|来源|來源|作者/.test(inner)) return [];
  let han = 0;
  for (let i = 0; i < inner.length; i++) if (isHan(inner.charCodeAt(i))) han++;
  if (han < 2) return [];
  return parseReporters(`(${inner})`);
}

export function deriveArticle(article: Article, src: SourceText): DerivedArticle {
  const spans = article.roles;
  const kickers = textOf(src, spans, 'kicker');
  const headlines = textOf(src, spans, 'headline');
  const subheadlines = deckLines(src, spans);
  const bylines = textOf(src, spans, 'byline');
  const paragraphs = repairParagraphs(bodyBlocks(article, src));

  const f = article.fields;
  const kicker = f.kicker !== undefined ? f.kicker : kickers.length > 0 ? joinTitle(kickers) : null;
  const headline = f.headline !== undefined ? f.headline : joinTitle(headlines);
  const subs = f.subheadlines !== undefined ? f.subheadlines : subheadlines;
  const byline = f.byline !== undefined ? f.byline : bylines.length > 0 ? bylines.join(' ') : null;
  let reporters: Reporter[];
  if (f.reporters !== undefined) reporters = f.reporters;
  else {
    reporters = byline ? parseReporters(byline) : [];
    if (reporters.length === 0) reporters = trailingCredit(article, src);
  }

  const flags: string[] = [];
  if (!byline && reporters.length === 0) flags.push('no-byline');
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined && !isComplete(last) && last.length >= 16) {
    flags.push('ends-mid-sentence');
  }
  if (article.parts.length > 1) flags.push('continued');
  if (article.boundary.confidence < 0.5) flags.push('low-confidence');
  if (!headline && !kicker && subs.length === 0) flags.push('no-headline');
  return { kicker, headline, subheadlines: subs, byline, reporters, paragraphs, flags };
}
