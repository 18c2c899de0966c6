import { describe, expect, it } from 'vitest';
import type { Doc } from '../model.ts';
import { SourceText } from '../text.ts';
import { linkContinuation } from './links.ts';
import { mergeWithPrevious, splitAt } from './split.ts';
import { SAMPLE_LINES, deepFreeze, expectOk, lines, partTexts, roleTexts, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('splitAt', () => {
  it('splitting at a line start makes the rest of the article a new article right after it', () => {
    const split = expectOk(splitAt(doc, src, lines(src, 4).start), src);
    expect(split.articles.map((a) => a.id)).toEqual(['a1', 'a4', 'a2', 'a3']);
    expect(partTexts(split, src, 'a1')).toEqual(['市委常委会召开会议\n衡阳晚报讯 (全媒体记者 陈润)']);
    expect(partTexts(split, src, 'a4')).toEqual([
      '8月31日上午，市委常委会召开会议。\n会议强调，要深刻领会。',
    ]);
    expect(split.articles[1]?.boundary).toEqual({ confidence: 1, cues: ['manual'], confirmed: true });
    expect(split.articles[1]?.fields).toEqual({});
  });

  it('splitting mid-line cuts the role span of that line in two', () => {
    const at = lines(src, 10).start + '衡阳晚报讯 (全媒体记者 许珂) 金秋时节，'.length;
    const split = expectOk(splitAt(doc, src, at), src);
    expect(roleTexts(split, src, 'a3').at(-1)).toEqual(['body', '金秋时节，']);
    expect(roleTexts(split, src, 'a4')).toEqual([['body', '将抽检月饼30个批次，抽']]);
  });

  it('splitting at the start of a continuation part detaches it and every later part', () => {
    const linked = expectOk(linkContinuation(doc, src, { articleId: 'a2', partIndex: 0 }, 'a3'), src);
    const split = expectOk(splitAt(linked, src, lines(src, 7).start), src);
    expect(partTexts(split, src, 'a3')).toHaveLength(1);
    expect(partTexts(split, src, 'a4')).toEqual(['检的月饼主要包括广式月饼。']);
    expect(split.articles.find((a) => a.id === 'a4')?.parts[0]?.link).toBeUndefined();
  });

  it('keeps the editor overrides on the first half', () => {
    const typed: Doc = {
      ...doc,
      articles: doc.articles.map((a) => (a.id === 'a1' ? { ...a, fields: { headline: '会议' } } : a)),
    };
    const split = expectOk(splitAt(typed, src, lines(src, 4).start), src);
    expect(split.articles[0]?.fields).toEqual({ headline: '会议' });
  });

  it('refuses to split where an article already starts, outside articles, or at its very end', () => {
    expect(splitAt(doc, src, lines(src, 2).start)).toMatchObject({
      ok: false,
      error: { code: 'already-boundary' },
    });
    expect(splitAt(doc, src, lines(src, 0).start)).toMatchObject({
      ok: false,
      error: { code: 'not-in-article' },
    });
    expect(splitAt(doc, src, lines(src, 7).end)).toMatchObject({
      ok: false,
      error: { code: 'empties-article' },
    });
    expect(splitAt(doc, src, -1)).toMatchObject({ ok: false, error: { code: 'invalid-offset' } });
  });
});

describe('mergeWithPrevious', () => {
  it('merging contiguous articles joins their parts into one', () => {
    const split = expectOk(splitAt(doc, src, lines(src, 4).start), src);
    const merged = expectOk(mergeWithPrevious(split, src, 'a4'), src);
    expect(merged).toEqual(doc);
  });

  it('merging over a blank line makes one part that spans it', () => {
    const merged = expectOk(mergeWithPrevious(doc, src, 'a3'), src);
    expect(merged.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(merged.articles[1]?.parts).toEqual([lines(src, 7, 10)]);
  });

  it('merging a fragment printed earlier appends it as a manual continuation', () => {
    const reordered: Doc = {
      ...doc,
      articles: [doc.articles[0], doc.articles[2], doc.articles[1]].filter((a) => !!a),
    };
    const merged = expectOk(mergeWithPrevious(reordered, src, 'a2'), src);
    expect(merged.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(merged.articles[1]?.parts).toEqual([
      lines(src, 9, 10),
      { ...lines(src, 7), link: { confidence: 1, cues: ['manual'] } },
    ]);
    expect(roleTexts(merged, src, 'a3').map(([r]) => r)).toEqual(['body', 'headline', 'byline', 'body']);
  });

  it('refuses to merge the first article or an unknown one', () => {
    expect(mergeWithPrevious(doc, src, 'a1')).toMatchObject({
      ok: false,
      error: { code: 'no-previous-article' },
    });
    expect(mergeWithPrevious(doc, src, 'zz')).toMatchObject({
      ok: false,
      error: { code: 'unknown-article' },
    });
  });
});
