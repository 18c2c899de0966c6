/* eslint-disable no-restricted-imports -- a development script run with tsx, never bundled */
/**
 * Scores every fixture set, one line per file and a total per set, so a change's effect on all
 * of them shows at once:  npx tsx src/core/segment/dev-score-all.ts [fixtures/holdout12 …]
 * Compare two runs with `diff`. A set whose README says `Not measured yet.` (or a numbered holdout
 * with no README yet) is skipped unless named:
 * a holdout being written must not be looked at before its first measurement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { goldFixtures, ROOT, scoreFile } from './fixtures.ts';

const dirs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(join(ROOT, 'fixtures'))
        .filter((d) => d === 'layouts' || d === 'samples' || d.startsWith('holdout'))
        .map((d) => `fixtures/${d}`)
        .filter((d) => !unmeasured(d));
function unmeasured(dir: string): boolean {
  const readme = join(ROOT, dir, 'README.md');
  // A numbered holdout without its README is still being written.
  if (/holdout\d+$/.test(dir) && !existsSync(readme)) return true;
  return existsSync(readme) && readFileSync(readme, 'utf8').includes('Not measured yet.');
}

let all = 0;
let allGold = 0;
for (const dir of dirs) {
  let exact = 0;
  let gold = 0;
  for (const f of goldFixtures(dir)) {
    const { result } = scoreFile(f);
    exact += result.exact;
    gold += result.gold_articles;
    const fields = Math.min(result.title, result.reporters, result.paragraphs);
    const miss = result.exact < result.gold_articles || result.lost_chars > 0 ? '  <' : '';
    const fieldMiss =
      fields < result.gold_articles
        ? ` fields t${result.title} r${result.reporters} p${result.paragraphs}`
        : '';
    console.log(
      `${relative(ROOT, f).padEnd(60)} ${result.exact}/${result.gold_articles} lost ${result.lost_chars}${fieldMiss}${miss}`,
    );
  }
  all += exact;
  allGold += gold;
  console.log(`== ${basename(dir)}: ${exact}/${gold}`);
}
console.log(`== all: ${all}/${allGold}`);
