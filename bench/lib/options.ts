/** Command-line flags of `npm run bench`. */
import { SECTIONS } from './figures.ts';
import type { SectionName } from './figures.ts';

export interface BenchOptions {
  quick: boolean;
  sections: SectionName[];
  /** Issue sizes in characters. */
  sizes: number[];
  /** Timed runs per figure (medians of these). */
  runs: number;
  /** CPU-profile figures that miss their targets. */
  profile: boolean;
}

export const FULL_SIZES = [100_000, 300_000, 1_000_000];
export const QUICK_SIZES = [20_000];
/** The smoke skips the slow sections: a browser and a 30-second load would not fit in its minute. */
const QUICK_SECTIONS: SectionName[] = ['segment', 'export', 'bundle'];

export const USAGE = `Usage: npm run bench -- [--quick] [--only ${SECTIONS.join(',')}] [--no-profile]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  let sections = quick ? QUICK_SECTIONS : [...SECTIONS];
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at >= 0) {
    const arg = argv[at] as string;
    const list = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[at + 1] ?? '');
    const names = list.split(',').filter(Boolean);
    const unknown = names.filter((n) => !SECTIONS.includes(n as SectionName));
    if (names.length === 0 || unknown.length > 0) {
      throw new Error(
        `unknown section${unknown.length > 1 ? 's' : ''} ${unknown.join(', ') || '(none)'}\n${USAGE}`,
      );
    }
    sections = SECTIONS.filter((s) => names.includes(s));
  }
  return {
    quick,
    sections,
    sizes: quick ? QUICK_SIZES : FULL_SIZES,
    runs: quick ? 2 : 7,
    profile: !quick && !argv.includes('--no-profile'),
  };
}
