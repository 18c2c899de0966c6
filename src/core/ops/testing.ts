/** Builders for tests of the operations, export and invariants: documents written by line number. */
import { expect } from 'vitest';
import { checkInvariants } from '../invariants.ts';
import type { Article, Doc, Role, RoleSpan, Span } from '../model.ts';
import type { SourceText } from '../text.ts';
import type { OpResult } from './result.ts';
import { splitLines } from './spans.ts';

/** Lines `first`…`last` (0-based, inclusive), without the final line break. */
export function lines(src: SourceText, first: number, last = first): Span {
  const starts = src.lineStarts();
  const start = starts[first] ?? src.length;
  const next = starts[last + 1];
  return { start, end: next === undefined ? src.length : next - 1 };
}

/** Every line of the parts with the given role, or 'body'. */
export function rolesFor(src: SourceText, parts: Span[], role: Role = 'body'): RoleSpan[] {
  return parts
    .flatMap((p) => splitLines(src, p).map((l) => ({ ...l, role })))
    .sort((a, b) => a.start - b.start);
}

export function article(id: string, src: SourceText, parts: Span[], roles?: RoleSpan[]): Article {
  return {
    id,
    parts: parts.map((p) => ({ start: p.start, end: p.end })),
    roles: roles ?? rolesFor(src, parts),
    boundary: { confidence: 0.8, cues: ['byline'], confirmed: false },
    fields: {},
  };
}

/** The text of each part of the article, in reading order. */
export function partTexts(doc: Doc, src: SourceText, id: string): string[] {
  const a = doc.articles.find((x) => x.id === id);
  return a ? a.parts.map((p) => src.slice(p.start, p.end)) : [];
}

export function roleTexts(doc: Doc, src: SourceText, id: string): [Role, string][] {
  const a = doc.articles.find((x) => x.id === id);
  return a ? a.roles.map((r) => [r.role, src.slice(r.start, r.end)]) : [];
}

/** Freeze deeply, so a test fails loudly if an operation mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const SAMPLE_LINES = [
  '第3版 要闻',
  '',
  '市委常委会召开会议',
  '衡阳晚报讯 (全媒体记者 陈润)',
  '8月31日上午，市委常委会召开会议。',
  '会议强调，要深刻领会。',
  '',
  '检的月饼主要包括广式月饼。',
  '',
  '我市对月饼开展“体检”',
  '衡阳晚报讯 (全媒体记者 许珂) 金秋时节，将抽检月饼30个批次，抽',
  '责任编辑 王明',
];

/**
 * A small issue as the segmenter would leave it: a page header, an article, a headless fragment
 * (the end of the mooncake article, printed before it), the mooncake article with a byline fused
 * into its first paragraph, and an editor credit.
 */
export function sampleDoc(src: SourceText): Doc {
  const l = (a: number, b = a) => lines(src, a, b);
  const fused = l(10);
  const bylineEnd = fused.start + '衡阳晚报讯 (全媒体记者 许珂)'.length;
  return {
    articles: [
      article(
        'a1',
        src,
        [l(2, 5)],
        [{ ...l(2), role: 'headline' }, { ...l(3), role: 'byline' }, ...rolesFor(src, [l(4, 5)])],
      ),
      article('a2', src, [l(7)]),
      article(
        'a3',
        src,
        [l(9, 10)],
        [
          { ...l(9), role: 'headline' },
          { start: fused.start, end: bylineEnd, role: 'byline' },
          { start: bylineEnd + 1, end: fused.end, role: 'body' },
        ],
      ),
    ],
    unassigned: [
      { ...l(0), label: 'page-header' },
      { ...l(11), label: 'credit' },
    ],
  };
}

/** The document of a successful operation, after checking it keeps every invariant. */
export function expectOk(r: OpResult, src: SourceText): Doc {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  expect(checkInvariants(r.doc, src)).toEqual([]);
  return r.doc;
}
