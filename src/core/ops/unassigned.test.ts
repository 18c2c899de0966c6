import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { assignRange, markUnassigned } from './unassigned.ts';
import { SAMPLE_LINES, deepFreeze, expectOk, lines, partTexts, roleTexts, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('markUnassigned', () => {
  it('marking a line inside an article splits the article into two parts around it', () => {
    const r = expectOk(markUnassigned(doc, src, lines(src, 4), 'ad'), src);
    expect(partTexts(r, src, 'a1')).toEqual([
      '市委常委会召开会议\n衡阳晚报讯 (全媒体记者 陈润)',
      '会议强调，要深刻领会。',
    ]);
    expect(r.unassigned).toContainEqual({ ...lines(src, 4), label: 'ad' });
  });

  it('an article whose whole text is marked disappears', () => {
    const r = expectOk(markUnassigned(doc, src, lines(src, 6, 8)), src);
    expect(r.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(r.unassigned[1]).toEqual({ ...lines(src, 7), label: null });
  });

  it('joins the new range to a neighbour with the same label across whitespace', () => {
    const r = expectOk(markUnassigned(doc, src, lines(src, 10), 'credit'), src);
    expect(r.unassigned.at(-1)).toEqual({ ...lines(src, 10, 11), label: 'credit' });
    expect(partTexts(r, src, 'a3')).toEqual(['我市对月饼开展“体检”']);
  });

  it('keeps neighbours with another label apart', () => {
    const r = expectOk(markUnassigned(doc, src, lines(src, 10), 'noise'), src);
    expect(r.unassigned.map((u) => u.label)).toEqual(['page-header', 'noise', 'credit']);
  });

  it('refuses an empty range and a range of only whitespace', () => {
    expect(markUnassigned(doc, src, lines(src, 1))).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
    expect(
      markUnassigned(doc, src, { start: lines(src, 6).start - 1, end: lines(src, 6).start + 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'empty-range' },
    });
  });
});

describe('assignRange', () => {
  it('giving the page header to the first article extends its first part, as body', () => {
    const r = expectOk(assignRange(doc, src, lines(src, 0), 'a1'), src);
    expect(r.unassigned.map((u) => u.label)).toEqual(['credit']);
    expect(r.articles[0]?.parts).toEqual([lines(src, 0, 5)]);
    expect(roleTexts(r, src, 'a1')[0]).toEqual(['body', '第3版 要闻']);
  });

  it('is the inverse of marking text unassigned', () => {
    const marked = expectOk(markUnassigned(doc, src, lines(src, 4), 'ad'), src);
    expect(expectOk(assignRange(marked, src, lines(src, 4), 'a1'), src)).toEqual(doc);
  });

  it('text taken from another article keeps its role', () => {
    const r = expectOk(assignRange(doc, src, lines(src, 9), 'a2'), src);
    expect(roleTexts(r, src, 'a2')).toEqual([
      ['body', '检的月饼主要包括广式月饼。'],
      ['headline', '我市对月饼开展“体检”'],
    ]);
  });

  it('text far from the article becomes a new part placed by source position', () => {
    const r = expectOk(assignRange(doc, src, lines(src, 11), 'a1'), src);
    expect(partTexts(r, src, 'a1')).toHaveLength(2);
    expect(partTexts(r, src, 'a1')[1]).toBe('责任编辑 王明');
  });

  it('refuses unknown articles', () => {
    expect(assignRange(doc, src, lines(src, 0), 'a7')).toMatchObject({
      ok: false,
      error: { code: 'unknown-article' },
    });
  });
});
