/** The production build: is dist/ older than the app sources, and building (into dist/ or elsewhere). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const APP_INPUTS = ['src/app', 'src/core', 'src/api', 'index.html', 'vite.config.ts', 'public'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** dist/ is missing, or an app source changed after it was built. */
export function distIsStale(): boolean {
  const marker = join(ROOT, 'dist', 'index.html');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return APP_INPUTS.some((p) => newestMtime(join(ROOT, p)) > built);
}

/** `vite build`; with `outDir` the build goes there instead of dist/, with a manifest. */
export function viteBuild(outDir?: string): void {
  const args = ['vite', 'build', '--logLevel', 'error'];
  if (outDir) args.push('--manifest', '--outDir', outDir, '--emptyOutDir');
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
