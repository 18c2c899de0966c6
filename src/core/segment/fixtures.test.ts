import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFixtures, scoreFile } from './fixtures.ts';

/** Layout letter from the file name (`b-renmin-yaowen.txt` → `b`); samples form their own group. */
function layoutOf(path: string): string {
  const name = basename(path);
  return /^[a-g]-/.test(name) ? name.slice(0, 1) : 'sample';
}

// holdout and holdout2 became tuning sets in session 4, holdout3 to holdout10 in session 5, holdout11 in
// session 6; holdout12 and holdout13 are measured only (see fixtures/README.md).
const files = goldFixtures(
  'fixtures/layouts',
  'fixtures/holdout',
  'fixtures/holdout2',
  'fixtures/holdout3',
  'fixtures/holdout4',
  'fixtures/holdout5',
  'fixtures/holdout6',
  'fixtures/holdout7',
  'fixtures/holdout8',
  'fixtures/holdout9',
  'fixtures/holdout10',
  'fixtures/holdout11',
  'fixtures/samples',
);
const groups = new Map<string, string[]>();
for (const f of files) groups.set(layoutOf(f), [...(groups.get(layoutOf(f)) ?? []), f]);

describe('dev fixtures, scored per layout', () => {
  it('finds fixtures to score', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const [layout, paths] of [...groups].sort()) {
    it(`layout ${layout}: at least 90% of articles exactly right and no character lost`, () => {
      let exact = 0;
      let gold = 0;
      let lost = 0;
      const lines: string[] = [];
      for (const p of paths) {
        const { result } = scoreFile(p);
        exact += result.exact;
        gold += result.gold_articles;
        lost += result.lost_chars;
        lines.push(
          `  ${result.file}: exact ${result.exact}/${result.gold_articles}, title ${result.title}, reporters ${result.reporters}/${result.reporters_total}, paragraphs ${result.paragraphs}/${result.paragraphs_total}, b3 ${result.b3}, lost ${result.lost_chars}`,
        );
      }
      console.log(
        `layout ${layout}: exact ${exact}/${gold} (${((100 * exact) / gold).toFixed(1)}%), lost ${lost}\n${lines.join('\n')}`,
      );
      expect(lost).toBe(0);
      expect(exact / gold).toBeGreaterThanOrEqual(0.9);
    });
  }
});
