import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { setRole } from './roles.ts';
import { SAMPLE_LINES, deepFreeze, expectOk, lines, roleTexts, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('setRole', () => {
  it('setting a role on part of a line splits that line’s role span', () => {
    const l = lines(src, 4);
    const r = expectOk(setRole(doc, src, { start: l.start, end: l.start + 6 }, 'caption'), src);
    expect(roleTexts(r, src, 'a1').slice(2, 4)).toEqual([
      ['caption', '8月31日上'],
      ['body', '午，市委常委会召开会议。'],
    ]);
  });

  it('a range over several lines and two articles gives a role span per line in each article', () => {
    const range = { start: lines(src, 5).start, end: lines(src, 9).end };
    const r = expectOk(setRole(doc, src, range, 'subheadline'), src);
    expect(roleTexts(r, src, 'a1').at(-1)).toEqual(['subheadline', '会议强调，要深刻领会。']);
    expect(roleTexts(r, src, 'a2')).toEqual([['subheadline', '检的月饼主要包括广式月饼。']]);
    expect(roleTexts(r, src, 'a3')[0]).toEqual(['subheadline', '我市对月饼开展“体检”']);
  });

  it('setting a span back to its old role joins the pieces again', () => {
    const l = lines(src, 4);
    const once = expectOk(setRole(doc, src, { start: l.start + 2, end: l.start + 5 }, 'credit'), src);
    const back = expectOk(setRole(once, src, { start: l.start + 2, end: l.start + 5 }, 'body'), src);
    expect(back).toEqual(doc);
  });

  it('leaves unassigned text alone and refuses a range with no article text', () => {
    expect(setRole(doc, src, lines(src, 0), 'headline')).toMatchObject({
      ok: false,
      error: { code: 'not-in-article' },
    });
  });

  it('refuses unknown roles and bad ranges', () => {
    expect(setRole(doc, src, lines(src, 4), 'title' as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-value' },
    });
    expect(setRole(doc, src, { start: 5, end: 5 }, 'body')).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
  });
});
