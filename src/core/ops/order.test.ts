import { describe, expect, it } from 'vitest';
import { SourceText } from '../text.ts';
import { reorderArticles } from './order.ts';
import { SAMPLE_LINES, deepFreeze, sampleDoc } from './testing.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const doc = deepFreeze(sampleDoc(src));

describe('reorderArticles', () => {
  it('moves an article to a new place in reading order', () => {
    const r = reorderArticles(doc, 1, 2);
    expect(r.ok && r.doc.articles.map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
    const back = reorderArticles(doc, 2, 0);
    expect(back.ok && back.doc.articles.map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
  });

  it('refuses indexes outside the list', () => {
    expect(reorderArticles(doc, 0, 3)).toMatchObject({ ok: false, error: { code: 'invalid-index' } });
    expect(reorderArticles(doc, -1, 0)).toMatchObject({ ok: false, error: { code: 'invalid-index' } });
  });
});
