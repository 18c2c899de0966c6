/** A small hand-made issue for unit tests: three articles, each a headline line and a body line. */
import type { Article, Doc } from '../../../../core/model.ts';
import { SourceText } from '../../../../core/text.ts';

export const TINY_TEXT = [
  '头条一',
  '',
  '正文一第一段。',
  '',
  '头条二',
  '',
  '正文二第一段。',
  '',
  '头条三',
  '',
  '正文三。',
  '',
].join('\n');

function lineSpan(src: SourceText, line: number): { start: number; end: number } {
  const starts = src.lineStarts();
  const start = starts[line] as number;
  const next = starts[line + 1];
  return { start, end: next === undefined ? src.length : next - 1 };
}

function article(
  src: SourceText,
  id: string,
  headLine: number,
  bodyLine: number,
  confidence: number,
): Article {
  const head = lineSpan(src, headLine);
  const body = lineSpan(src, bodyLine);
  return {
    id,
    parts: [{ start: head.start, end: body.end }],
    roles: [
      { ...head, role: 'headline' },
      { ...body, role: 'body' },
    ],
    boundary: { confidence, cues: ['headline-shape'], confirmed: false },
    fields: {},
  };
}

export function tinyIssue(): { src: SourceText; doc: Doc } {
  const src = new SourceText(TINY_TEXT);
  const doc: Doc = {
    articles: [article(src, 'a1', 0, 2, 1), article(src, 'a2', 4, 6, 0.4), article(src, 'a3', 8, 10, 0.7)],
    unassigned: [],
  };
  return { src, doc };
}
