/**
 * Joins the per-test figure files into test-results/reliability-summary.txt, which `npm test`
 * prints at the end. `npx tsx src/server/reliability/summary.ts --clear` before the runners (old
 * figures would otherwise pass as new), plain `npx tsx src/server/reliability/summary.ts` after them.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES_DIR, RESULTS_DIR } from './figures.ts';

export function clearFigures(): void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  rmSync(join(RESULTS_DIR, 'reliability-summary.txt'), { force: true });
}

export function writeSummary(): string | null {
  if (!existsSync(FIGURES_DIR)) return null;
  const lines = readdirSync(FIGURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIGURES_DIR, f), 'utf8').trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  const file = join(RESULTS_DIR, 'reliability-summary.txt');
  writeFileSync(file, `Reliability\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--clear')) clearFigures();
  else {
    const file = writeSummary();
    console.log(file ? `wrote ${file}` : 'no reliability figures yet');
  }
}
