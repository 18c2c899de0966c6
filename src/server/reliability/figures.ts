/** Each reliability test writes its figures to test-results/reliability/<name>.txt; summary.ts joins them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));
export const FIGURES_DIR = join(RESULTS_DIR, 'reliability');

/** Replaces this test's line: a rerun of one file must not duplicate it. */
export function recordFigures(name: string, line: string): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.txt`), `${line.trim()}\n`);
  console.log(`[reliability] ${line.trim()}`);
}

/** A count from the environment (FUZZ_RUNS, CRASH_TRIALS, …), or the CI-friendly default. */
export function envCount(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
