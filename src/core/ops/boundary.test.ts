import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../invariants.ts';
import { SourceText } from '../text.ts';
import { confirmBoundary, moveBoundary } from './boundary.ts';
import type { OpResult } from './result.ts';
import {
  SAMPLE_LINES,
  article,
  deepFreeze,
  expectOk,
  lines,
  partTexts,
  roleTexts,
  sampleDoc,
} from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

const okDoc = (r: OpResult) => expectOk(r, src);

describe('moveBoundary', () => {
  it('dragging a boundary down moves the headline line into the previous article with its role', () => {
    const withFragmentMerged = okDoc(moveBoundary(doc, src, 'a3', lines(src, 10).start));
    expect(partTexts(withFragmentMerged, src, 'a2')).toEqual([
      '检的月饼主要包括广式月饼。\n\n我市对月饼开展“体检”',
    ]);
    expect(roleTexts(withFragmentMerged, src, 'a2')).toContainEqual(['headline', '我市对月饼开展“体检”']);
    expect(partTexts(withFragmentMerged, src, 'a3')[0]).toMatch(/^衡阳晚报讯 \(全媒体记者 许珂\)/);
  });

  it('marks a moved boundary as made by an editor', () => {
    const moved = okDoc(moveBoundary(doc, src, 'a3', lines(src, 10).start));
    expect(moved.articles.find((a) => a.id === 'a3')?.boundary).toEqual({
      confidence: 1,
      cues: ['byline', 'manual'],
      confirmed: true,
    });
  });

  it('dragging a boundary up takes the lines from the previous article, keeping their roles', () => {
    const moved = okDoc(moveBoundary(doc, src, 'a2', lines(src, 5).start));
    expect(partTexts(moved, src, 'a1')).toEqual([src.slice(lines(src, 2).start, lines(src, 4).end)]);
    expect(partTexts(moved, src, 'a2')).toEqual(['会议强调，要深刻领会。\n\n检的月饼主要包括广式月饼。']);
    expect(roleTexts(moved, src, 'a2')).toEqual([
      ['body', '会议强调，要深刻领会。'],
      ['body', '检的月饼主要包括广式月饼。'],
    ]);
  });

  it('moves a boundary to the middle of a line, splitting the role span there', () => {
    const at = lines(src, 10).start + '衡阳晚报讯 (全媒体记者 许珂) '.length;
    const moved = okDoc(moveBoundary(doc, src, 'a3', at));
    expect(partTexts(moved, src, 'a3')).toEqual(['金秋时节，将抽检月饼30个批次，抽']);
    expect(roleTexts(moved, src, 'a2').map(([r]) => r)).toEqual(['body', 'headline', 'byline']);
  });

  it('dragging up over furniture takes it into the article as body', () => {
    const moved = okDoc(moveBoundary(doc, src, 'a1', 0));
    expect(moved.unassigned.map((u) => u.label)).toEqual(['credit']);
    expect(roleTexts(moved, src, 'a1')[0]).toEqual(['body', '第3版 要闻']);
  });

  it('dragging the first boundary down gives the text to the page header before it', () => {
    const moved = okDoc(moveBoundary(doc, src, 'a1', lines(src, 3).start));
    expect(moved.unassigned[0]).toEqual({ ...lines(src, 0, 2), label: 'page-header' });
  });

  it('with nothing before the article, the text dropped from it becomes an unlabelled unassigned range', () => {
    const bareSrc = new SourceText('标题\n正文一\n正文二');
    const bare = deepFreeze({ articles: [article('a1', bareSrc, [lines(bareSrc, 0, 2)])], unassigned: [] });
    const r = moveBoundary(bare, bareSrc, 'a1', lines(bareSrc, 1).start);
    expect(r.ok && r.doc.unassigned).toEqual([{ ...lines(bareSrc, 0), label: null }]);
    expect(r.ok && checkInvariants(r.doc, bareSrc)).toEqual([]);
  });

  it('refuses to cross the start of another article', () => {
    const r = moveBoundary(doc, src, 'a3', lines(src, 5).start);
    expect(r).toMatchObject({ ok: false, error: { code: 'crosses-boundary' } });
  });

  it('refuses to move past the end of a single-part article', () => {
    expect(moveBoundary(doc, src, 'a2', lines(src, 9).start)).toMatchObject({
      ok: false,
      error: { code: 'empties-article' },
    });
  });

  it('returns typed errors for unknown articles and offsets outside the text', () => {
    expect(moveBoundary(doc, src, 'a99', 3)).toMatchObject({ ok: false, error: { code: 'unknown-article' } });
    expect(moveBoundary(doc, src, 'a1', src.length + 1)).toMatchObject({
      ok: false,
      error: { code: 'invalid-offset' },
    });
    expect(moveBoundary(doc, src, 'a1', 1.5)).toMatchObject({ ok: false, error: { code: 'invalid-offset' } });
  });

  it('moving to where the boundary already is, or only over whitespace, changes nothing', () => {
    expect(moveBoundary(doc, src, 'a2', lines(src, 7).start)).toEqual({ ok: true, doc });
    expect(moveBoundary(doc, src, 'a2', lines(src, 6).start)).toEqual({ ok: true, doc });
  });
});

describe('confirmBoundary', () => {
  it('confirms the boundary and raises its confidence to 1, keeping the cues', () => {
    const confirmed = okDoc(confirmBoundary(doc, 'a2'));
    expect(confirmed.articles[1]?.boundary).toEqual({ confidence: 1, cues: ['byline'], confirmed: true });
    expect(confirmed.articles[0]).toBe(doc.articles[0]);
  });
});
