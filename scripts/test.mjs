// `npm test`: every check, in order, on a fresh clone. Installs what is missing first.
// Runs every step even after a failure, prints each runner's own summary, then one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser, ensureBuild, ensureDependencies } from './ensure.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });

ensureDependencies();

const results = [];
let passed = 0;
let failed = 0;

function step(name, cmd, args, { env = {}, count } = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count ? count() : null;
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
  } else if (ok) passed += 1;
  else failed += 1;
  results.push({ name, ok, seconds, counted });
}

function vitestCounts(file) {
  return () => {
    try {
      const j = JSON.parse(readFileSync(file, 'utf8'));
      // A file that fails to load has no failed assertions of its own but must still count.
      const brokenFiles = j.testResults.filter(
        (r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed'),
      ).length;
      return { passed: j.numPassedTests, failed: j.numFailedTests + brokenFiles };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

function playwrightCounts(file) {
  return () => {
    try {
      const s = JSON.parse(readFileSync(file, 'utf8')).stats;
      return { passed: s.expected + s.flaky, failed: s.unexpected };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);

// Reliability tests leave one figures file each; start from none so old figures never show as new.
spawnSync('npx', ['tsx', 'src/server/reliability/summary.ts', '--clear'], { cwd: root, stdio: 'inherit' });

const unitJson = join(out, 'vitest.json');
rmSync(unitJson, { force: true });
step(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`],
  {
    count: vitestCounts(unitJson),
  },
);

if (!only.length || only.includes('e2e')) {
  ensureBrowser();
  ensureBuild({ force: true });
}
const e2eJson = join(out, 'playwright.json');
rmSync(e2eJson, { force: true });
step('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
  count: playwrightCounts(e2eJson),
});

if (existsSync(join(root, 'bench', 'run.ts'))) step('bench-smoke', 'npx', ['tsx', 'bench/run.ts', '--quick']);

spawnSync('npx', ['tsx', 'src/server/reliability/summary.ts'], { cwd: root, stdio: 'inherit' });

console.log('\n━━ Summary');
for (const r of results) {
  const detail = r.counted ? ` (${r.counted.passed} passed, ${r.counted.failed} failed)` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${r.seconds.padStart(6)} s${detail}`);
}
if (existsSync(join(out, 'reliability-summary.txt'))) {
  console.log('\n' + readFileSync(join(out, 'reliability-summary.txt'), 'utf8').trim());
}
const allOk = results.every((r) => r.ok);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
