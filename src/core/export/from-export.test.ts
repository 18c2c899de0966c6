import { describe, expect, it } from 'vitest';
import type { Doc } from '../model.ts';
import { SAMPLE_LINES, article, lines, sampleDoc } from '../ops/testing.ts';
import { SourceText } from '../text.ts';
import { fromExport, issueFromExport } from './from-export.ts';
import { toExport } from './to-export.ts';
import type { GalleyExport } from './schema.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const meta = {
  id: 'issue',
  publication: null,
  date: null,
  edition: null,
  source: { filename: 'x.txt', sha256: '0'.repeat(64), encoding: 'utf-8', length: src.length },
};

describe('fromExport', () => {
  it('brings back exactly the document that was exported, links, cues and overrides included', () => {
    const doc = sampleDoc(src);
    const rich: Doc = {
      ...doc,
      articles: doc.articles.map((a, i) =>
        i === 2
          ? {
              ...a,
              parts: [...a.parts, { start: 200, end: 201, link: { confidence: 0.4, cues: ['jump-marker'] } }],
              boundary: { confidence: 1, cues: ['manual'], confirmed: true },
              fields: { subheadlines: [], reporters: [{ name: '许珂', role: null }] },
            }
          : a,
      ),
    };
    const json = JSON.parse(JSON.stringify(toExport(rich, src, meta, 'submitted'))) as GalleyExport;
    expect(fromExport(json)).toStrictEqual(rich);
    expect(issueFromExport(json)).toEqual({ meta, status: 'submitted' });
  });

  it('gives offsets in code points when the text has astral characters', () => {
    const astral = new SourceText('𠀀𠀁报头\n𠀂标题\n正文𠀃。');
    const doc: Doc = {
      articles: [article('a1', astral, [lines(astral, 1, 2)])],
      unassigned: [{ ...lines(astral, 0), label: 'masthead' }],
    };
    const e = toExport(
      doc,
      astral,
      { ...meta, source: { ...meta.source, length: astral.length } },
      'proposed',
    );
    expect(e.issue.source.length).toBe(13);
    expect(e.unassigned).toEqual([{ start: 0, end: 4, label: 'masthead', text: '𠀀𠀁报头' }]);
    expect(e.articles[0]?.spans).toEqual([{ start: 5, end: 13 }]);
    expect(e.articles[0]?.roles).toEqual([
      { start: 5, end: 8, role: 'body' },
      { start: 9, end: 13, role: 'body' },
    ]);
  });

  it('an export from another tool, without extensions, imports with body roles and every field kept as typed', () => {
    const foreign: GalleyExport = {
      schema: 'galley.export/1',
      issue: { ...meta, offsets: 'unicode-code-points' },
      status: 'approved',
      articles: [
        {
          id: 'a1',
          kicker: null,
          headline: '会议',
          subheadlines: ['副题'],
          byline: null,
          reporters: [{ name: '陈润', role: null }],
          paragraphs: ['…'],
          spans: [lines(src, 2, 3)],
          confidence: 0.5,
          flags: [],
        },
      ],
      unassigned: [],
    };
    expect(fromExport(foreign, src).articles[0]).toEqual({
      id: 'a1',
      parts: [lines(src, 2, 3)],
      roles: [
        { ...lines(src, 2), role: 'body' },
        { ...lines(src, 3), role: 'body' },
      ],
      boundary: { confidence: 0.5, cues: [], confirmed: false },
      fields: {
        kicker: null,
        headline: '会议',
        subheadlines: ['副题'],
        byline: null,
        reporters: [{ name: '陈润', role: null }],
      },
    });
  });
});
