import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { linkContinuation, unlink } from './links.ts';
import { SAMPLE_LINES, deepFreeze, expectOk, lines, partTexts, roleTexts, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('linkContinuation', () => {
  it('linking a headless fragment makes it the last part of the article and removes the fragment', () => {
    const linked = expectOk(linkContinuation(doc, src, { articleId: 'a2', partIndex: 0 }, 'a3'), src);
    expect(linked.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(partTexts(linked, src, 'a3')).toEqual([
      src.slice(lines(src, 9).start, lines(src, 10).end),
      '检的月饼主要包括广式月饼。',
    ]);
    expect(linked.articles[1]?.parts[1]?.link).toEqual({ confidence: 1, cues: ['manual'] });
    expect(roleTexts(linked, src, 'a3').map(([r]) => r)).toEqual(['body', 'headline', 'byline', 'body']);
  });

  it('refuses to link a part to its own article, unknown parts and unknown targets', () => {
    const part = { articleId: 'a2', partIndex: 0 };
    expect(linkContinuation(doc, src, part, 'a2')).toMatchObject({
      ok: false,
      error: { code: 'same-article' },
    });
    expect(linkContinuation(doc, src, { articleId: 'a2', partIndex: 1 }, 'a3')).toMatchObject({
      ok: false,
      error: { code: 'unknown-part' },
    });
    expect(linkContinuation(doc, src, part, 'a9')).toMatchObject({
      ok: false,
      error: { code: 'unknown-article' },
    });
  });
});

describe('unlink', () => {
  it('unlinking a continuation makes it its own article right after the one it left', () => {
    const linked = expectOk(linkContinuation(doc, src, { articleId: 'a2', partIndex: 0 }, 'a3'), src);
    const unlinked = expectOk(unlink(linked, src, 'a3', 1), src);
    expect(unlinked.articles.map((a) => a.id)).toEqual(['a1', 'a3', 'a4']);
    expect(partTexts(unlinked, src, 'a4')).toEqual(['检的月饼主要包括广式月饼。']);
    expect(unlinked.articles[2]?.parts[0]?.link).toBeUndefined();
    expect(unlinked.articles[1]).toEqual(doc.articles[2]);
  });

  it('refuses to unlink the first part', () => {
    expect(unlink(doc, src, 'a3', 0)).toMatchObject({ ok: false, error: { code: 'first-part' } });
  });
});
