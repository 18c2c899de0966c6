import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../model.ts';
import { SAMPLE_LINES, lines, sampleDoc } from '../ops/testing.ts';
import { SourceText } from '../text.ts';
import { fromExport } from './from-export.ts';
import { toExport } from './to-export.ts';

// The export's contract is the mapping from a document and its derived fields; the derivation
// itself has its own tests, so a plain stand-in keeps these expectations fixed.
vi.mock('../derive.ts', () => ({
  deriveArticle: (a: Article, src: SourceText) => {
    const text = (role: string) =>
      a.roles.filter((r) => r.role === role).map((r) => src.slice(r.start, r.end));
    return {
      kicker: null,
      headline: text('headline').join(''),
      subheadlines: text('subheadline'),
      byline: text('byline')[0] ?? null,
      reporters: [],
      paragraphs: text('body'),
      flags: text('byline').length ? [] : ['no-byline'],
    };
  },
}));

const src = new SourceText(SAMPLE_LINES.join('\n'));
const meta = {
  id: 'hy-2022-09-01',
  publication: '衡阳晚报',
  date: '2022-09-01',
  edition: 'A',
  source: { filename: 'hengyang.txt', sha256: 'a'.repeat(64), encoding: 'gb18030', length: src.length },
};

describe('toExport', () => {
  it('writes a hand-built document as the expected galley.export/1 JSON', () => {
    const doc = sampleDoc(src);
    const a3 = doc.articles[2] as Article;
    const linked = {
      ...doc,
      articles: [
        doc.articles[0] as Article,
        {
          ...a3,
          parts: [...a3.parts, { ...lines(src, 7), link: { confidence: 0.6, cues: ['mid-sentence-end'] } }],
          roles: [...a3.roles, { ...lines(src, 7), role: 'body' as const }].sort((x, y) => x.start - y.start),
          fields: { headline: '我市对月饼开展体检', reporters: [{ name: '许珂', role: '全媒体记者' }] },
        },
      ],
    };
    expect(toExport(linked, src, meta, 'draft')).toEqual({
      schema: 'galley.export/1',
      issue: { ...meta, offsets: 'unicode-code-points' },
      status: 'draft',
      articles: [
        {
          id: 'a1',
          kicker: null,
          headline: '市委常委会召开会议',
          subheadlines: [],
          byline: '衡阳晚报讯 (全媒体记者 陈润)',
          reporters: [],
          paragraphs: ['8月31日上午，市委常委会召开会议。', '会议强调，要深刻领会。'],
          spans: [{ start: 8, end: 65 }],
          confidence: 0.8,
          flags: [],
          roles: [
            { start: 8, end: 17, role: 'headline' },
            { start: 18, end: 34, role: 'byline' },
            { start: 35, end: 53, role: 'body' },
            { start: 54, end: 65, role: 'body' },
          ],
          cues: ['byline'],
          confirmed: false,
          overrides: [],
        },
        {
          id: 'a3',
          kicker: null,
          headline: '我市对月饼开展体检',
          subheadlines: [],
          byline: '衡阳晚报讯 (全媒体记者 许珂)',
          reporters: [{ name: '许珂', role: '全媒体记者' }],
          paragraphs: ['检的月饼主要包括广式月饼。', '金秋时节，将抽检月饼30个批次，抽'],
          spans: [
            { start: 82, end: 128 },
            { start: 67, end: 80, link: { confidence: 0.6, cues: ['mid-sentence-end'] } },
          ],
          confidence: 0.8,
          flags: [],
          roles: [
            { start: 67, end: 80, role: 'body' },
            { start: 82, end: 93, role: 'headline' },
            { start: 94, end: 110, role: 'byline' },
            { start: 111, end: 128, role: 'body' },
          ],
          cues: ['byline'],
          confirmed: false,
          overrides: ['headline', 'reporters'],
        },
      ],
      unassigned: [
        { start: 0, end: 6, label: 'page-header', text: '第3版 要闻' },
        { start: 129, end: 136, label: 'credit', text: '责任编辑 王明' },
      ],
    });
  });

  it('adds the approval when given one', () => {
    const approval = { approvedBy: 'chen', approvedAt: '2024-05-06T08:00:00.000Z', editors: ['li', 'wang'] };
    const e = toExport(sampleDoc(src), src, meta, 'approved', { approval });
    expect(e.approval).toEqual(approval);
    expect('approval' in toExport(sampleDoc(src), src, meta, 'approved')).toBe(false);
  });

  it('an overridden field is exported as typed, even when the roles say otherwise', () => {
    const doc = sampleDoc(src);
    const typed = {
      ...doc,
      articles: doc.articles.map((a) =>
        a.id === 'a1' ? { ...a, fields: { byline: null, kicker: '引题' } } : a,
      ),
    };
    const a1 = toExport(typed, src, meta, 'draft').articles[0];
    expect(a1).toMatchObject({ byline: null, kicker: '引题', overrides: ['kicker', 'byline'] });
    expect(fromExport(toExport(typed, src, meta, 'draft')).articles[0]?.fields).toEqual({
      byline: null,
      kicker: '引题',
    });
  });
});
