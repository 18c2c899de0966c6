import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { setByline, setHeadline, setKicker, setReporters, setSubheadlines } from './fields.ts';
import { SAMPLE_LINES, deepFreeze, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('field overrides', () => {
  it('typing a headline stores it as an override and leaves other articles untouched', () => {
    const r = setHeadline(doc, 'a2', '月饼抽检');
    expect(r.ok && r.doc.articles[1]?.fields).toEqual({ headline: '月饼抽检' });
    expect(r.ok && r.doc.articles[0]).toBe(doc.articles[0]);
  });

  it('undefined clears an override so the field is derived again', () => {
    const typed = setKicker(doc, 'a1', null);
    expect(typed.ok && typed.doc.articles[0]?.fields).toEqual({ kicker: null });
    const cleared = typed.ok ? setKicker(typed.doc, 'a1', undefined) : typed;
    expect(cleared.ok && cleared.doc.articles[0]?.fields).toEqual({});
  });

  it('stores copies of lists, not the caller’s arrays', () => {
    const subs = ['一', '二'];
    const reporters = [{ name: '陈润', role: '全媒体记者' }];
    const r1 = setSubheadlines(doc, 'a1', subs);
    const r2 = r1.ok ? setReporters(r1.doc, 'a1', reporters) : r1;
    subs.push('三');
    (reporters[0] as { name: string }).name = '改';
    expect(r2.ok && r2.doc.articles[0]?.fields).toEqual({
      subheadlines: ['一', '二'],
      reporters: [{ name: '陈润', role: '全媒体记者' }],
    });
  });

  it('refuses values of the wrong type and unknown articles', () => {
    expect(setByline(doc, 'a1', 3 as never)).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(setReporters(doc, 'a1', [{ name: 1 }] as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-value' },
    });
    expect(setHeadline(doc, 'a8', 'x')).toMatchObject({ ok: false, error: { code: 'unknown-article' } });
  });
});
