/**
 * `npm run bench`: generates its inputs, runs every section, prints each figure beside its target and
 * a baseline measured in the same run, and writes bench/results.json. `--quick` is the smoke that
 * `npm test` runs (tiny sizes, two runs, no browser or load test); `--only a,b` picks sections.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { relative } from 'node:path';
import { createHash } from 'node:crypto';
import { generateIssue } from './generate.ts';
import type { Figure, ProfileSummary, SectionName, SectionResult } from './lib/figures.ts';
import { parseOptions, USAGE } from './lib/options.ts';
import type { BenchOptions } from './lib/options.ts';
import { RESULTS_FILE, ROOT } from './lib/paths.ts';
import { formatReport } from './lib/report.ts';
import { runBrowser } from './sections/browser.ts';
import { runBundle } from './sections/bundle.ts';
import { runExport } from './sections/export.ts';
import { runSegment } from './sections/segment.ts';
import { runServer } from './sections/server.ts';

const RUNNERS: Record<SectionName, (o: BenchOptions) => Promise<SectionResult>> = {
  segment: runSegment,
  export: runExport,
  browser: runBrowser,
  bundle: runBundle,
  server: runServer,
};

interface Results {
  date: string;
  node: string;
  machine: { cpus: number; model: string; loadBefore: number[]; loadAfter: number[] };
  options: BenchOptions;
  inputs: { size: number; sha256: string }[];
  figures: Figure[];
  profiles: ProfileSummary[];
  notes: string[];
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 2;
  }
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const loadBefore = loadavg();
  const started = performance.now();
  console.log(
    `Galley bench${options.quick ? ' (quick)' : ''}: ${options.sections.join(', ')}; ` +
      `${cpus().length} cores, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')}; medians of ${options.runs} runs`,
  );
  const figures: Figure[] = [];
  const profiles: ProfileSummary[] = [];
  const notes: string[] = [];
  let crashed = false;
  for (const section of options.sections) {
    const t0 = performance.now();
    process.stdout.write(`  ${section}…`);
    try {
      const r = await RUNNERS[section](options);
      figures.push(...r.figures);
      profiles.push(...r.profiles.map((p) => ({ ...p, section, file: p.file && relative(ROOT, p.file) })));
      notes.push(...r.notes);
      console.log(` ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      crashed = true;
      console.log(' crashed');
      console.error(err);
      notes.push(`section ${section} crashed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const loadAfter = loadavg();
  if (Math.max(...loadBefore.slice(0, 1), ...loadAfter.slice(0, 1)) > cpus().length) {
    notes.push(
      'the machine was busy with other work (load average above the core count): timings are pessimistic',
    );
  }
  console.log(formatReport(figures, profiles, notes));
  console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all.`);

  if (!options.quick) {
    const results: Results = {
      date: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadBefore, loadAfter },
      options,
      inputs: options.sizes.map((size) => ({
        size,
        sha256: createHash('sha256').update(generateIssue(size)).digest('hex').slice(0, 16),
      })),
      figures,
      profiles,
      notes,
    };
    // Microsecond precision is noise on this machine; three decimals keep the file readable.
    const round = (_: string, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v;
    writeFileSync(RESULTS_FILE, JSON.stringify(merged(results), round, 2) + '\n');
    console.log('wrote bench/results.json');
  }
  return crashed ? 1 : 0;
}

/** `--only` reruns some sections: the figures of the others stay as the last full run left them. */
function merged(fresh: Results): Results {
  if (!existsSync(RESULTS_FILE)) return fresh;
  let old: Results;
  try {
    old = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
  } catch {
    return fresh;
  }
  if (!Array.isArray(old.figures)) return fresh;
  const rerun = new Set(fresh.options.sections);
  const kept = old.figures.filter((f) => !rerun.has(f.section));
  const keptProfiles = (old.profiles ?? []).filter((p) => p.section && !rerun.has(p.section));
  return { ...fresh, figures: [...kept, ...fresh.figures], profiles: [...keptProfiles, ...fresh.profiles] };
}

process.exitCode = await main();
