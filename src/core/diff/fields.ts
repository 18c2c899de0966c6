/** The reader-facing fields of each paired article, derived (overrides honoured) on both sides. */
import { deriveArticle } from '../derive.ts';
import type { Article, Reporter, Role } from '../model.ts';
import type { DiffContext } from './context.ts';
import { diffText } from './text-diff.ts';
import type { Change, SourceLocation } from './types.ts';

/** The article's first span with one of `roles`, else the start of its first part. */
function placeOf(ctx: DiffContext, a: Article, roles: Role[]): SourceLocation {
  const span = a.roles.find((r) => roles.includes(r.role));
  if (span) return { start: span.start, end: span.end, line: ctx.src.lineOf(span.start) };
  const start = a.parts[0]?.start ?? 0;
  return { start, end: start, line: ctx.src.lineOf(start) };
}

/**
 * Whether deriving both would give the same fields: deriving is the costly part of a diff (about
 * 0.3 ms an article), and most articles of a reviewed issue are untouched.
 */
function sameInputs(a: Article, b: Article): boolean {
  if (a === b) return true;
  if (a.parts.length !== b.parts.length || a.roles.length !== b.roles.length) return false;
  const partsSame = a.parts.every((p, i) => {
    const q = b.parts[i];
    return q !== undefined && p.start === q.start && p.end === q.end && !p.link === !q.link;
  });
  const rolesSame = a.roles.every((r, i) => {
    const q = b.roles[i];
    return q !== undefined && r.start === q.start && r.end === q.end && r.role === q.role;
  });
  return partsSame && rolesSame && JSON.stringify(a.fields) === JSON.stringify(b.fields);
}

function byName(list: Reporter[]): Map<string, Reporter> {
  const m = new Map<string, Reporter>();
  for (const r of list) if (!m.has(r.name)) m.set(r.name, r);
  return m;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function fieldChanges(ctx: DiffContext): Change[] {
  const changes: Change[] = [];
  ctx.corr.pairOfP.forEach((r, p) => {
    const pa = ctx.proposal.articles[p];
    const ra = ctx.result.articles[r];
    if (!pa || !ra || sameInputs(pa, ra)) return;
    const before = deriveArticle(pa, ctx.src);
    const after = deriveArticle(ra, ctx.src);
    const ids = { proposalIds: [pa.id], resultIds: [ra.id] };
    if (before.kicker !== after.kicker) {
      const params = { from: before.kicker, to: after.kicker };
      const text = diffText(before.kicker ?? '', after.kicker ?? '');
      changes.push({ kind: 'kicker-changed', ...ids, at: placeOf(ctx, ra, ['kicker']), params, text });
    }
    if (before.headline !== after.headline) {
      const params = { from: before.headline, to: after.headline };
      const text = diffText(before.headline, after.headline);
      changes.push({ kind: 'headline-changed', ...ids, at: placeOf(ctx, ra, ['headline']), params, text });
    }
    if (!sameList(before.subheadlines, after.subheadlines)) {
      const params = { from: before.subheadlines, to: after.subheadlines };
      const text = diffText(before.subheadlines.join('\n'), after.subheadlines.join('\n'));
      changes.push({
        kind: 'subheadlines-changed',
        ...ids,
        at: placeOf(ctx, ra, ['subheadline']),
        params,
        text,
      });
    }
    const bylineAt = placeOf(ctx, ra, ['byline']);
    if (before.byline !== after.byline) {
      const params = { from: before.byline, to: after.byline };
      const text = diffText(before.byline ?? '', after.byline ?? '');
      changes.push({ kind: 'byline-changed', ...ids, at: bylineAt, params, text });
    }
    const old = byName(before.reporters);
    const now = byName(after.reporters);
    for (const [name, rep] of old) {
      const next = now.get(name);
      if (!next) {
        changes.push({ kind: 'reporter-removed', ...ids, at: bylineAt, params: { name, role: rep.role } });
      } else if (next.role !== rep.role) {
        const params = { name, from: rep.role, to: next.role };
        changes.push({ kind: 'reporter-role-changed', ...ids, at: bylineAt, params });
      }
    }
    for (const [name, rep] of now) {
      if (!old.has(name))
        changes.push({ kind: 'reporter-added', ...ids, at: bylineAt, params: { name, role: rep.role } });
    }
  });
  return changes;
}
