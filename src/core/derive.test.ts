import { describe, expect, it } from 'vitest';
import { deriveArticle } from './derive.ts';
import type { Article } from './model.ts';
import { segment } from './segment/index.ts';
import { SourceText } from './text.ts';

const text = [
  '春耕备耕忙（图片）',
  '3月2日，在江西省泰和县螺溪镇，农民驾驶旋耕机平整土地。（新华社记者胡晨欢摄）',
].join('\n');

function first(t: string): { article: Article; src: SourceText } {
  const article = segment(t).doc.articles[0];
  if (!article) throw new Error('no article');
  return { article, src: new SourceText(t) };
}

describe('deriveArticle', () => {
  it('leaves an item marker such as （图片） out of the headline', () => {
    const { article, src } = first(text);
    expect(deriveArticle(article, src).headline).toBe('春耕备耕忙');
    expect(article.roles.some((r) => r.role === 'ignore' && src.slice(r.start, r.end) === '（图片）')).toBe(
      true,
    );
  });

  it('flags what a reviewer should check: no byline, no headline, a cut ending, low confidence', () => {
    const { article, src } = first(text);
    expect(deriveArticle(article, src).flags).toEqual(['no-byline']);
    const brief = first('△ 近日，市图书馆第12家分馆开馆，市民可免费办理借阅证，馆内藏书一万二千余册，实行');
    expect(deriveArticle(brief.article, brief.src).flags).toEqual([
      'no-byline',
      'ends-mid-sentence',
      'no-headline',
    ]);
    const doubtful = { ...article, boundary: { ...article.boundary, confidence: 0.3 } };
    expect(deriveArticle(doubtful, src).flags).toContain('low-confidence');
  });

  it("lets an editor's typed values win over the derived ones", () => {
    const { article, src } = first(text);
    const edited = {
      ...article,
      fields: { headline: '春耕', kicker: '图片新闻', byline: '记者 王五', subheadlines: ['副题'] },
    };
    const d = deriveArticle(edited, src);
    expect(d).toMatchObject({
      headline: '春耕',
      kicker: '图片新闻',
      subheadlines: ['副题'],
      byline: '记者 王五',
    });
    expect(d.reporters).toEqual([{ name: '王五', role: '记者' }]);
    const typed = { ...edited, fields: { ...edited.fields, reporters: [{ name: '赵六', role: null }] } };
    expect(deriveArticle(typed, src).reporters).toEqual([{ name: '赵六', role: null }]);
  });

  it('marks an article in several parts as continued', () => {
    const t = [
      '第1版  要闻',
      '全省经济运行稳中向好',
      '本报讯（记者 陈思远） 消费市场持续回暖，其中住宿和餐饮业零售额增长（下转第2版）',
      '第2版  要闻',
      '（上接第1版）',
      '19.3%，汽车类商品零售额增长8.1%。',
    ].join('\n');
    const { article, src } = first(t);
    expect(deriveArticle(article, src).flags).toContain('continued');
  });

  it('reads the body part by part, whatever order the parts stand in the source', () => {
    const t = ['（上接第1版）增长8.1%。', '第1版', '零售额增长'].join('\n');
    const src = new SourceText(t);
    const line = (k: number) => {
      const start = t.split('\n').slice(0, k).join('\n').length + (k > 0 ? 1 : 0);
      return { start, end: start + (t.split('\n')[k] as string).length };
    };
    const article: Article = {
      id: 'a1',
      parts: [line(2), line(0)],
      roles: [
        { ...line(0), role: 'body' },
        { ...line(2), role: 'body' },
      ],
      boundary: { confidence: 1, cues: [], confirmed: false },
      fields: {},
    };
    expect(deriveArticle(article, src).paragraphs).toEqual(['零售额增长', '（上接第1版）增长8.1%。']);
  });

  it('gives every derivation its own reporter objects, though a repeated byline is parsed once', () => {
    const { article, src } = first(['市场回暖', '本报讯（记者 陈思远）', '消费市场持续回暖。'].join('\n'));
    const a = deriveArticle(article, src).reporters;
    const b = deriveArticle(article, src).reporters;
    expect(a).toEqual([{ name: '陈思远', role: '记者' }]);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b[0]).not.toBe(a[0]);
  });
});
