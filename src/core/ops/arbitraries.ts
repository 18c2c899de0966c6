/**
 * fast-check generators for property tests: awkward texts, and valid documents over them.
 *
 * Documents depend on the text, so they are built from a stream of random numbers (`Entropy`)
 * rather than with `fc.gen()`, which is far slower; fast-check shrinks the stream towards zeros,
 * which the builders read as "fewer pieces, first choice".
 */
import fc from 'fast-check';
import { ROLES } from '../model.ts';
import type { Article, Doc, FieldOverrides, Part, RoleSpan, Span, UnassignedRange } from '../model.ts';
import type { SourceText } from '../text.ts';
import { hasContent } from './spans.ts';

/** CJK, ASCII, ideographic space, a zero-width space (content, not whitespace), tabs and astral ideographs. */
const CHARS = ['中', '文', '报', '讯', '。', 'a', 'Z', '7', ' ', '\u3000', '\u200b', '\t', '𠀀', '𠀁'];

export const textArb = fc
  .array(
    fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((cs) => cs.join('')),
    {
      minLength: 1,
      maxLength: 14,
    },
  )
  .map((lines) => lines.join('\n'));

export class Entropy {
  private at = 0;
  constructor(private readonly values: readonly number[]) {}

  /** An integer in [min, max]; min once the stream runs out. */
  int(min: number, max: number): number {
    const v = this.values[this.at++] ?? 0;
    return max <= min ? min : min + (v % (max - min + 1));
  }

  bool(): boolean {
    return this.int(0, 1) === 1;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  subset<T>(items: readonly T[]): T[] {
    return items.filter(() => this.bool());
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

export const entropyArb = fc
  .array(fc.nat(), { minLength: 400, maxLength: 500 })
  .map((values) => new Entropy(values));

const LABELS = [null, 'page-header', 'noise', 'ad'];
const CUES = ['byline', 'blank-gap', 'headline-shape', 'manual'];

const confidence = (e: Entropy) => e.int(0, 100) / 100;

/** Cut [start, end) into consecutive pieces at random points. */
function cut(e: Entropy, span: Span, maxCuts: number): Span[] {
  const points = new Set<number>();
  const n = e.int(0, maxCuts);
  for (let i = 0; i < n; i++) points.add(e.int(span.start + 1, span.end - 1));
  const sorted = [...points].filter((p) => p > span.start && p < span.end).sort((a, b) => a - b);
  const bounds = [span.start, ...sorted, span.end];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] as number, end }));
}

function fields(e: Entropy): FieldOverrides {
  const f: FieldOverrides = {};
  if (e.bool()) f.headline = e.pick(['', '标题', 'Headline 𠀀']);
  if (e.bool()) f.kicker = e.pick([null, '引题']);
  if (e.bool()) f.subheadlines = e.subset(['副题一', '副题二']);
  if (e.bool()) f.byline = e.pick([null, '本报讯 记者 王明']);
  if (e.bool())
    f.reporters = e.subset([
      { name: '王明', role: '记者' },
      { name: '李华', role: null },
    ]);
  return f;
}

/**
 * A random document that satisfies every invariant: the text cut into random pieces (at line
 * starts or mid-line), each piece given to an article, an unassigned range or (whitespace only)
 * nobody; random reading order, roles, links, boundaries and overrides; ids not in order.
 */
export function randomDoc(e: Entropy, src: SourceText): Doc {
  const maxArticles = e.int(1, 5);
  const pieces = src.length === 0 ? [] : cut(e, { start: 0, end: src.length }, 12);
  const owned = new Map<number, Span[]>();
  const unassigned: UnassignedRange[] = [];
  for (const piece of pieces) {
    const owner = e.int(-2, maxArticles - 1);
    if (owner === -2 && !hasContent(src, piece.start, piece.end)) continue;
    if (owner < 0) unassigned.push({ ...piece, label: e.pick(LABELS) });
    else owned.set(owner, [...(owned.get(owner) ?? []), piece]);
  }
  const numbers = e.shuffle(Array.from({ length: 40 }, (_, i) => i + 1));
  const articles: Article[] = [...owned.values()].map((spans, k) => {
    const parts: Part[] = e
      .shuffle(spans)
      .map((s, i) =>
        i > 0 && e.bool() ? { ...s, link: { confidence: confidence(e), cues: e.subset(CUES) } } : { ...s },
      );
    const roles: RoleSpan[] = spans
      .flatMap((s) => cut(e, s, 3))
      .map((s) => ({ ...s, role: e.pick(ROLES) }))
      .sort((a, b) => a.start - b.start);
    return {
      id: `a${numbers[k] ?? k + 100}`,
      parts,
      roles,
      boundary: { confidence: confidence(e), cues: e.subset(CUES), confirmed: e.bool() },
      fields: fields(e),
    };
  });
  return { articles: e.shuffle(articles), unassigned };
}
