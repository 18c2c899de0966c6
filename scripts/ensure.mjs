// Installs what a fresh clone is missing, so `npm start` and `npm test` work alone.
// Plain Node (no TypeScript): it runs before dependencies exist.
import { execSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function sh(cmd, opts = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** npm ci when node_modules is missing or older than package-lock.json (tracked by a hash stamp). */
export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.galley-lock-sha256');
  const want = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : 'none';
  const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && existsSync(join(root, 'node_modules', '.bin', 'tsx'))) return;
  console.log('Installing dependencies (first run, or package-lock.json changed)…');
  sh(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
  writeFileSync(stamp, want + '\n');
}

let aptUpdated = false;
function aptInstall(packages) {
  if (!aptUpdated) {
    sh('apt-get update -qq', { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    aptUpdated = true;
  }
  sh(`apt-get install -y -qq ${packages.join(' ')}`, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium and a CJK font for the end-to-end tests. */
export function ensureBrowser() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  const cjk = has('fc-list') ? execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() : '';
  if (!cjk) missing.push('fonts-wqy-zenhei');
  if (missing.length === 0) return;
  if (isRoot && has('apt-get')) {
    console.log(`Installing ${missing.join(', ')} for the browser tests…`);
    aptInstall(missing);
    return;
  }
  console.error(
    `The end-to-end tests need ${missing.join(' and ')}.\n` +
      `On Debian/Ubuntu run:  sudo apt-get install -y chromium fonts-wqy-zenhei\n` +
      `Elsewhere install Chromium and a CJK font, and set GALLEY_CHROMIUM=/path/to/chromium.`,
  );
  process.exit(1);
}

/** Builds the SPA when dist/ is missing or older than the app sources. */
export function ensureBuild({ force = false } = {}) {
  const marker = join(root, 'dist', 'index.html');
  if (!force && existsSync(marker) && !sourcesNewerThan(marker)) return;
  sh('npx vite build --logLevel warn');
}

function sourcesNewerThan(file) {
  const out = spawnSync(
    'sh',
    [
      '-c',
      `find src/app src/core src/api index.html vite.config.ts public -newer '${file}' -print -quit 2>/dev/null`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return out.stdout.trim().length > 0;
}
