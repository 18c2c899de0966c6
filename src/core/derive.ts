import type { Article, Part, Reporter, RoleSpan } from './model.ts';
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
 * Whether exactly one line break stands between two code-point offsets (none when `from` ≥ `to`).
 * Counted in place: slicing and splitting the gap allocated two strings and an array per span.
 */
function oneLineBreak(src: SourceText, from: number, to: number): boolean {
  const t = src.text;
  const end = src.cu(to);
  let breaks = 0;
  for (let i = src.cu(from); i < end; i++) if (t.charCodeAt(i) === 10 && ++breaks > 1) return false;
  return breaks === 1;
}

/** The first part holding the span, or -1. An article has a handful of parts at most. */
function partOf(parts: readonly Part[], s: RoleSpan): number {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as Part;
    if (s.start >= p.start && s.end <= p.end) return i;
  }
  return -1;
}

/** What one pass over an article's roles collects: title texts in role order, body spans in reading order. */
interface RoleTexts {
  kickers: string[];
  headlines: string[];
  /** One per deck. */
  subheadlines: string[];
  bylines: string[];
  body: RoleSpan[];
  /** The part of each body span, index for index. */
  bodyParts: number[];
}

/**
 * Reads every role once. Subheadlines come one per deck: English deck lines wrapped within one block
 * (`Operatives Accept Compromise on` / `Wage Scale at Conference.`) read as one subheadline. Body
 * spans come in reading order: part by part, then by position inside the part.
 */
function readRoles(article: Article, src: SourceText): RoleTexts {
  const out: RoleTexts = {
    kickers: [],
    headlines: [],
    subheadlines: [],
    bylines: [],
    body: [],
    bodyParts: [],
  };
  const { parts } = article;
  let prevDeck: RoleSpan | null = null;
  // Roles are kept sorted by start, so the body usually comes out in reading order already.
  let ordered = true;
  let lastPart = -Infinity;
  let lastStart = -Infinity;
  for (const r of article.roles) {
    switch (r.role) {
      case 'body': {
        const part = partOf(parts, r);
        if (part < lastPart || (part === lastPart && r.start < lastStart)) ordered = false;
        lastPart = part;
        lastStart = r.start;
        out.body.push(r);
        out.bodyParts.push(part);
        break;
      }
      case 'kicker':
        out.kickers.push(src.slice(r.start, r.end).trim());
        break;
      case 'headline':
        out.headlines.push(src.slice(r.start, r.end).trim());
        break;
      case 'byline':
        out.bylines.push(src.slice(r.start, r.end).trim());
        break;
      case 'subheadline': {
        const text = src.slice(r.start, r.end).trim();
        const decks = out.subheadlines;
        const latin = /[A-Za-z]/.test(text) && !isCjkish(text.charCodeAt(0));
        if (prevDeck && latin && decks.length > 0 && oneLineBreak(src, prevDeck.end, r.start))
          decks[decks.length - 1] += ` ${text}`;
        else decks.push(text);
        prevDeck = r;
        break;
      }
      default:
        break;
    }
  }
  if (!ordered) sortBody(out);
  return out;
}

/** Puts the body spans in reading order; a stable sort, as the spans' own order breaks no tie. */
function sortBody(t: RoleTexts): void {
  const order = t.body.map((_, k) => k);
  order.sort(
    (a, b) =>
      (t.bodyParts[a] as number) - (t.bodyParts[b] as number) ||
      (t.body[a] as RoleSpan).start - (t.body[b] as RoleSpan).start,
  );
  t.body = order.map((k) => t.body[k] as RoleSpan);
  t.bodyParts = order.map((k) => t.bodyParts[k] as number);
}

/** The body as blocks: spans with no blank line between them (in a blank-line layout) form one block. */
function bodyBlocks(t: RoleTexts, src: SourceText): string[] {
  const blank = usesBlankLines(src);
  const blocks: string[] = [];
  let prevEnd = -1;
  let prevPart = -1;
  for (let k = 0; k < t.body.length; k++) {
    const r = t.body[k] as RoleSpan;
    const part = t.bodyParts[k] as number;
    const text = src.slice(r.start, r.end);
    if (blank && prevEnd >= 0 && part === prevPart && oneLineBreak(src, prevEnd, r.start))
      blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
    prevEnd = r.end;
    prevPart = part;
  }
  return blocks;
}

/**
 * Reporters parsed from a byline, remembered by the byline's text: re-deriving an article (an export,
 * a diff, the editor after an edit) meets the same bylines again, and parsing is the dearest step of
 * a derivation. `parseReporters` reads nothing but its argument, so the text is the whole key. Bounded,
 * oldest dropped first; callers get their own copies, free to change.
 */
const REPORTERS_KEPT = 8192;
const reportersByByline = new Map<string, readonly Reporter[]>();

function reportersOf(byline: string): Reporter[] {
  let parsed = reportersByByline.get(byline);
  if (parsed === undefined) {
    parsed = parseReporters(byline);
    if (reportersByByline.size >= REPORTERS_KEPT) {
      const oldest = reportersByByline.keys().next();
      if (!oldest.done) reportersByByline.delete(oldest.value);
    }
    reportersByByline.set(byline, parsed);
  }
  return parsed.map((r) => ({ name: r.name, role: r.role }));
}

const CREDIT = /[（(]([^（()）]{2,40})[)）]\s*$/;

/**
 * `(张伟)` or `（记者 刘芳 通讯员 易晓）` ending a brief; a photo credit (…摄) names no reporter.
 * Read from the source text, where the spaces between names still stand.
 */
function trailingCredit(body: readonly RoleSpan[], src: SourceText): Reporter[] {
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
  return reportersOf(`(${inner})`);
}

export function deriveArticle(article: Article, src: SourceText): DerivedArticle {
  const roles = readRoles(article, src);
  const paragraphs = repairParagraphs(bodyBlocks(roles, src));

  const f = article.fields;
  const { kickers, headlines, bylines } = roles;
  const kicker = f.kicker !== undefined ? f.kicker : kickers.length > 0 ? joinTitle(kickers) : null;
  const headline = f.headline !== undefined ? f.headline : joinTitle(headlines);
  const subs = f.subheadlines !== undefined ? f.subheadlines : roles.subheadlines;
  const byline = f.byline !== undefined ? f.byline : bylines.length > 0 ? bylines.join(' ') : null;
  let reporters: Reporter[];
  if (f.reporters !== undefined) reporters = f.reporters;
  else {
    reporters = byline ? reportersOf(byline) : [];
    if (reporters.length === 0) reporters = trailingCredit(roles.body, src);
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
