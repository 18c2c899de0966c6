/**
 * How one source line is drawn: cut into runs of one owner and one role, plus the boundary and
 * continuation markers that fall on it. Pure, so the line component only maps runs to spans.
 */
import type { Article, Doc, Role, RoleSpan, Span } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';
import { articleById, spansIn } from './docIndex.ts';
import { lineSpan } from './geometry.ts';

export interface Run extends Span {
  kind: 'article' | 'unassigned' | 'none';
  articleId: string | null;
  /** 1-based reading-order number; 0 when not in an article. */
  number: number;
  role: Role | null;
}

export interface Marker {
  offset: number;
  articleId: string;
  number: number;
  /** 'boundary': the article starts here; 'continuation': a later part of it starts here. */
  kind: 'boundary' | 'continuation';
  partIndex: number;
  /** Whether the marker sits at the line's first character (drawn in the gutter) or inside the line. */
  atLineStart: boolean;
}

export interface LineLayout {
  span: Span;
  runs: Run[];
  markers: Marker[];
}

function firstRoleEndingAfter(roles: RoleSpan[], offset: number): number {
  let lo = 0;
  let hi = roles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((roles[mid] as RoleSpan).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushRun(runs: Run[], run: Run): void {
  if (run.start >= run.end) return;
  const last = runs[runs.length - 1];
  if (
    last &&
    last.end === run.start &&
    last.kind === run.kind &&
    last.articleId === run.articleId &&
    last.role === run.role
  ) {
    last.end = run.end;
  } else runs.push(run);
}

function articleRuns(runs: Run[], article: Article, number: number, span: Span): void {
  let at = span.start;
  for (let i = firstRoleEndingAfter(article.roles, span.start); i < article.roles.length; i++) {
    const r = article.roles[i] as RoleSpan;
    if (r.start >= span.end) break;
    const start = Math.max(r.start, span.start);
    const end = Math.min(r.end, span.end);
    pushRun(runs, { start: at, end: start, kind: 'article', articleId: article.id, number, role: null });
    pushRun(runs, { start, end, kind: 'article', articleId: article.id, number, role: r.role });
    at = end;
  }
  pushRun(runs, { start: at, end: span.end, kind: 'article', articleId: article.id, number, role: null });
}

export function layoutLine(doc: Doc, src: SourceText, line: number): LineLayout {
  const span = lineSpan(src, line);
  const runs: Run[] = [];
  const markers: Marker[] = [];
  let at = span.start;
  const none = (start: number, end: number): Run => ({
    start,
    end,
    kind: 'none',
    articleId: null,
    number: 0,
    role: null,
  });
  for (const owned of spansIn(doc, { start: span.start, end: Math.max(span.end, span.start + 1) })) {
    const start = Math.max(owned.start, span.start);
    const end = Math.min(owned.end, span.end);
    pushRun(runs, none(at, start));
    if (owned.articleId === null) {
      pushRun(runs, { start, end, kind: 'unassigned', articleId: null, number: 0, role: null });
    } else {
      const article = articleById(doc, owned.articleId);
      if (article) articleRuns(runs, article, owned.number, { start, end });
      if (owned.start >= span.start && owned.start <= span.end) {
        markers.push({
          offset: owned.start,
          articleId: owned.articleId,
          number: owned.number,
          kind: owned.partIndex === 0 ? 'boundary' : 'continuation',
          partIndex: owned.partIndex,
          atLineStart: src.slice(span.start, owned.start).trim() === '',
        });
      }
    }
    at = Math.max(at, end);
  }
  pushRun(runs, none(at, span.end));
  return { span, runs, markers };
}

/** The article colour: hues spread by the golden angle so neighbours never look alike. */
export function articleHue(number: number): number {
  return Math.round((number * 137.508) % 360);
}
