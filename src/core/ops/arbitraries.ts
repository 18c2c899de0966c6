/** fast-check generators for property tests: awkward texts and valid documents over them. */
import fc from 'fast-check';
import { ROLES } from '../model.ts';
import type { Article, Doc, FieldOverrides, Part, RoleSpan, Span, UnassignedRange } from '../model.ts';
import type { SourceText } from '../text.ts';
import { hasContent } from './spans.ts';

/** CJK, ASCII, ideographic space, a zero-width space (content, not whitespace), tabs and an astral ideograph. */
const CHARS = ['中', '文', '报', '讯', '。', 'a', 'Z', '7', ' ', '\u3000', '\u200b', '\t', '𠀀', '𠀁'];

export const textArb = fc
  .array(fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((cs) => cs.join('')), {
    minLength: 1,
    maxLength: 14,
  })
  .map((lines) => lines.join('\n'));

type Gen = fc.GeneratorValue;

const LABELS = [null, 'page-header', 'noise', 'ad'];
const CUES = ['byline', 'blank-gap', 'headline-shape', 'manual'];

function pick<T>(g: Gen, items: readonly T[]): T {
  return items[g(fc.nat, { max: items.length - 1 })] as T;
}

function confidence(g: Gen): number {
  return g(fc.integer, { min: 0, max: 100 }) / 100;
}

function cues(g: Gen): string[] {
  return g(fc.subarray, CUES);
}

/** Cut [start, end) into consecutive pieces at random points. */
function cut(g: Gen, span: Span, maxCuts: number): Span[] {
  const points = new Set<number>();
  const n = g(fc.nat, { max: maxCuts });
  for (let i = 0; i < n; i++) points.add(g(fc.integer, { min: span.start + 1, max: Math.max(span.start + 1, span.end - 1) }));
  const sorted = [...points].filter((p) => p > span.start && p < span.end).sort((a, b) => a - b);
  const bounds = [span.start, ...sorted, span.end];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] as number, end }));
}

function fields(g: Gen): FieldOverrides {
  const f: FieldOverrides = {};
  if (g(fc.boolean)) f.headline = pick(g, ['', '标题', 'Headline 𠀀']);
  if (g(fc.boolean)) f.kicker = pick(g, [null, '引题']);
  if (g(fc.boolean)) f.subheadlines = g(fc.subarray, ['副题一', '副题二']);
  if (g(fc.boolean)) f.byline = pick(g, [null, '本报讯 记者 王明']);
  if (g(fc.boolean)) f.reporters = g(fc.subarray, [{ name: '王明', role: '记者' }, { name: '李华', role: null }]);
  return f;
}

/**
 * A random document that satisfies every invariant: the text cut into random pieces (line starts
 * or mid-line), each piece given to an article, an unassigned range or (whitespace only) nobody;
 * random reading order, roles, links, boundaries and overrides.
 */
export function randomDoc(g: Gen, src: SourceText): Doc {
  const maxArticles = g(fc.integer, { min: 0, max: 5 });
  const pieces = src.length === 0 ? [] : cut(g, { start: 0, end: src.length }, 12);
  const owned = new Map<number, Span[]>();
  const unassigned: UnassignedRange[] = [];
  for (const piece of pieces) {
    const owner = g(fc.integer, { min: -2, max: maxArticles - 1 });
    if (owner === -2 && !hasContent(src, piece.start, piece.end)) continue;
    if (owner < 0) unassigned.push({ ...piece, label: pick(g, LABELS) });
    else owned.set(owner, [...(owned.get(owner) ?? []), piece]);
  }
  const numbers = g(fc.uniqueArray, fc.integer({ min: 1, max: 40 }), { minLength: owned.size, maxLength: owned.size });
  const articles: Article[] = [...owned.values()].map((spans, k) => {
    const order = g(fc.shuffledSubarray, spans, { minLength: spans.length, maxLength: spans.length });
    const parts: Part[] = order.map((s, i) =>
      i > 0 && g(fc.boolean) ? { ...s, link: { confidence: confidence(g), cues: cues(g) } } : { ...s },
    );
    const roles: RoleSpan[] = spans
      .flatMap((s) => cut(g, s, 3))
      .map((s) => ({ ...s, role: pick(g, ROLES) }))
      .sort((a, b) => a.start - b.start);
    return {
      id: `a${numbers[k] ?? k + 100}`,
      parts,
      roles,
      boundary: { confidence: confidence(g), cues: cues(g), confirmed: g(fc.boolean) },
      fields: fields(g),
    };
  });
  return { articles: g(fc.shuffledSubarray, articles, { minLength: articles.length, maxLength: articles.length }), unassigned };
}
