import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, scoreFile } from './fixtures.ts';

describe('the Hengyang Evening News sample', () => {
  it('reproduces the gold segmentation exactly, continuation included', () => {
    const { result } = scoreFile(join(ROOT, 'fixtures', 'samples', 'hengyang-evening-news.txt'));
    expect(result).toMatchObject({
      gold_articles: 5,
      predicted_articles: 5,
      exact: 5,
      title: 5,
      reporters: 5,
      paragraphs: 5,
      b3: 1,
      lost_chars: 0,
    });
  });
});
