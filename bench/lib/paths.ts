import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch output (profiles, traces); ignored by lint, not committed. */
export const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url));
export const RESULTS_FILE = fileURLToPath(new URL('../results.json', import.meta.url));

/** bench/out/<subject as a file name>.cpuprofile */
export function profilePath(subject: string): string {
  const name = subject.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '');
  return fileURLToPath(new URL(`../out/${name}.cpuprofile`, import.meta.url));
}
