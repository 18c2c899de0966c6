/**
 * What every document must satisfy, as readable problems (an empty list means all is well).
 * Numbers in messages are 1-based (line 1 is the first line, part 1 the first part), as an editor
 * counts them.
 */
import { ROLES } from './model.ts';
import type { Article, Doc, Span } from './model.ts';
import { countContent, firstContent } from './ops/spans.ts';
import type { SourceText } from './text.ts';

const MAX_PROBLEMS = 50;

interface Owned extends Span {
  owner: string;
}

/** Every invariant, including that every non-whitespace character is owned and every owned one has a role. */
export function checkInvariants(doc: Doc, src: SourceText): string[] {
  return check(doc, src.length, src);
}

/** The invariants that need no text: bounds, order, overlaps, ids, roles inside their parts. */
export function checkStructure(doc: Doc, length: number): string[] {
  return check(doc, length, null);
}

function check(doc: Doc, length: number, src: SourceText | null): string[] {
  const problems: string[] = [];
  const at = (offset: number) =>
    src ? `line ${src.lineOf(Math.min(offset, src.length)) + 1}` : `offset ${offset}`;
  const validSpan = (s: Span) =>
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start < s.end &&
    s.end <= length;
  const spanProblem = (what: string, s: Span) =>
    `${what} [${s.start}, ${s.end}) is not a valid span of a text of ${length} characters`;

  const spans: Owned[] = [];
  const ids = new Set<string>();
  for (const a of doc.articles) {
    if (!a.id) problems.push('an article has no id');
    else if (ids.has(a.id)) problems.push(`article id ${a.id} is used twice`);
    ids.add(a.id);
    if (a.parts.length === 0) problems.push(`article ${a.id} has no parts`);
    a.parts.forEach((p, i) => {
      const what = `article ${a.id} part ${i + 1}`;
      if (!validSpan(p)) problems.push(spanProblem(what, p));
      else spans.push({ start: p.start, end: p.end, owner: what });
      if (p.link && !isConfidence(p.link.confidence))
        problems.push(`${what} has a link confidence outside [0, 1]`);
    });
    if (!isConfidence(a.boundary.confidence))
      problems.push(`article ${a.id} has a boundary confidence outside [0, 1]`);
    checkRoles(a, src, validSpan, at, problems);
  }
  let lastStart = -1;
  doc.unassigned.forEach((u, i) => {
    const what = `unassigned range ${i + 1}`;
    if (!validSpan(u)) problems.push(spanProblem(what, u));
    else spans.push({ start: u.start, end: u.end, owner: what });
    if (u.start < lastStart) problems.push(`${what} is out of order: unassigned ranges are sorted by start`);
    lastStart = u.start;
  });

  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  let furthest: Owned | null = null;
  let covered = 0;
  for (const s of spans) {
    if (furthest && s.start < furthest.end) {
      problems.push(`${s.owner} overlaps ${furthest.owner} at ${at(s.start)}`);
    }
    if (src && s.start > covered) lost(src, covered, s.start, problems);
    if (!furthest || s.end > furthest.end) furthest = s;
    covered = Math.max(covered, s.end);
  }
  if (src && covered < src.length) lost(src, covered, src.length, problems);

  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return [...problems.slice(0, MAX_PROBLEMS), `… and ${more} more problem${more === 1 ? '' : 's'}`];
  }
  return problems;
}

function isConfidence(c: number): boolean {
  return typeof c === 'number' && c >= 0 && c <= 1;
}

function lost(src: SourceText, start: number, end: number, problems: string[]): void {
  const n = countContent(src, start, end);
  if (n === 0) return;
  const line = src.lineOf(firstContent(src, start, end)) + 1;
  problems.push(
    `${n} character${n === 1 ? '' : 's'} at line ${line} belong${n === 1 ? 's' : ''} to no article or unassigned range`,
  );
}

function checkRoles(
  a: Article,
  src: SourceText | null,
  validSpan: (s: Span) => boolean,
  at: (offset: number) => string,
  problems: string[],
): void {
  const roles = a.roles.filter((r, i) => {
    const what = `article ${a.id} role span ${i + 1}`;
    if (!(ROLES as readonly string[]).includes(r.role))
      problems.push(`${what} has an unknown role ${String(r.role)}`);
    if (!validSpan(r)) {
      problems.push(`${what} [${r.start}, ${r.end}) is not a valid span`);
      return false;
    }
    if (!a.parts.some((p) => p.start <= r.start && r.end <= p.end)) {
      problems.push(`${what} at ${at(r.start)} lies outside the article's parts`);
    }
    const prev = a.roles[i - 1];
    if (prev && prev.start > r.start)
      problems.push(`${what} is out of order: role spans are sorted by start`);
    if (prev && prev.end > r.start && prev.start <= r.start)
      problems.push(`${what} overlaps the one before it`);
    return true;
  });
  if (!src) return;
  const sorted = [...roles].sort((x, y) => x.start - y.start);
  for (const p of a.parts) {
    let pos = p.start;
    // Roles are few per article, so a linear walk per part is cheap.
    for (const r of sorted) {
      if (r.end <= pos || r.start >= p.end) continue;
      if (r.start > pos) uncoveredByRole(src, a.id, pos, Math.min(r.start, p.end), problems);
      pos = Math.max(pos, r.end);
    }
    if (pos < p.end) uncoveredByRole(src, a.id, pos, p.end, problems);
  }
}

function uncoveredByRole(src: SourceText, id: string, start: number, end: number, problems: string[]): void {
  const n = countContent(src, start, end);
  if (n === 0) return;
  const line = src.lineOf(firstContent(src, start, end)) + 1;
  problems.push(
    `${n} character${n === 1 ? '' : 's'} of article ${id} at line ${line} ha${n === 1 ? 's' : 've'} no role`,
  );
}
