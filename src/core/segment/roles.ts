import type { Role, RoleSpan, Span } from '../model.ts';
import type { Draft, LineRole } from './boundaries.ts';
import { isSpaceCode } from './chars.ts';
import type { Features, Lang } from './features.ts';
import type { Line } from './lines.ts';

/** Offsets here are code units; the caller converts the finished document to code points. */
export interface UnitSpan extends Span {
  label: string | null;
}

export interface ArticleSpans {
  /** One per draft, null for a draft with nothing visible. */
  parts: (Span | null)[];
  roles: RoleSpan[];
}

export interface RoleContext {
  text: string;
  lines: Line[];
  feats: Features[];
  role: LineRole[];
  lang: Lang;
}

/** [a, b) without leading and trailing whitespace; null when nothing is left. */
function trim(text: string, a: number, b: number): Span | null {
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return b > a ? { start: a, end: b } : null;
}

function push(out: RoleSpan[], text: string, a: number, b: number, role: Role): void {
  const s = trim(text, a, b);
  if (s) out.push({ start: s.start, end: s.end, role });
}

/**
 * Role spans for the lines of one article (its drafts in reading order), plus the pieces of its
 * lines that belong to no article (jump markers glued to a paragraph). Every non-space character
 * of the parts gets exactly one role.
 */
export function articleSpans(ctx: RoleContext, drafts: Draft[], unassigned: UnitSpan[]): ArticleSpans {
  const { text, lines, feats, role } = ctx;
  const roles: RoleSpan[] = [];
  const parts: (Span | null)[] = [];
  const hasBylineLine = drafts.some((d) => d.lines.some((i) => role[i] === 'byline'));
  let firstBody = true;
  let titleLines = 0;
  let prevTitle: Line | null = null;
  for (const d of drafts) {
    let partStart = -1;
    let partEnd = -1;
    for (const i of d.lines) {
      const line = lines[i] as Line;
      const f = feats[i] as Features;
      let s = line.start;
      let e = line.end;
      if (role[i] === 'body' && f.jumpHead > 0) {
        unassigned.push({ start: s, end: s + f.jumpHead, label: 'jump' });
        s += f.jumpHead;
      }
      if (role[i] === 'body' && f.jumpTail > 0) {
        unassigned.push({ start: e - f.jumpTail, end: e, label: 'jump' });
        e -= f.jumpTail;
      }
      const span = trim(text, s, e);
      if (!span) continue;
      ({ start: s, end: e } = span);
      if (partStart < 0) partStart = s;
      partEnd = e;
      if (role[i] === 'title') {
        if (f.mark > 0) push(roles, text, s, s + f.mark, 'ignore');
        if (f.titleLead > 0) push(roles, text, s + f.mark, s + f.mark + f.titleLead, 'ignore');
        // English decks: the first block of capitals is the headline, the rest subheadlines.
        const sameBlock = prevTitle !== null && ctx.lang === 'en' && line.gap === 0 && titleLines === 1;
        const r: Role = titleLines === 0 || sameBlock ? 'headline' : 'subheadline';
        push(roles, text, s + f.mark + f.titleLead, e - f.titleMark, r);
        if (f.titleMark > 0) push(roles, text, e - f.titleMark, e, 'ignore');
        if (!sameBlock) titleLines++;
        prevTitle = line;
      } else if (role[i] === 'byline') {
        push(roles, text, s, e, 'byline');
      } else {
        let b = s;
        if (f.mark > 0) {
          push(roles, text, s, s + f.mark, 'ignore');
          b = s + f.mark;
        }
        const fused = f.byline;
        if (firstBody && !hasBylineLine && fused && fused.len < e - b) {
          push(roles, text, b, b + fused.len, 'byline');
          b += fused.len;
        }
        push(roles, text, b, e, 'body');
        firstBody = false;
      }
    }
    parts.push(partStart >= 0 ? { start: partStart, end: partEnd } : null);
  }
  roles.sort((a, b) => a.start - b.start);
  return { parts, roles };
}
