/** The server's `--cpu-prof` profile, cut to the stretches the bench measured. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CpuProfile, Window } from './cpuprofile.ts';
import { busyMs, hotFunctions } from './cpuprofile.ts';
import type { ProfileSummary } from './figures.ts';
import { OUT_DIR } from './paths.ts';

/** Reads the profile the server wrote on exit, keeps a copy in bench/out as `name`, removes the temp dir. */
export function takeServerProfile(
  dir: string | null,
  name: string,
): { profile: CpuProfile; file: string } | null {
  if (!dir || !existsSync(dir)) return null;
  // One file per thread: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main one.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const found = files.find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0];
  let result: { profile: CpuProfile; file: string } | null = null;
  if (found) {
    mkdirSync(OUT_DIR, { recursive: true });
    const file = join(OUT_DIR, `${name}.cpuprofile`);
    copyFileSync(join(dir, found), file);
    result = { profile: JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, file };
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

export function summariseWindow(
  profile: CpuProfile,
  file: string,
  subject: string,
  window: Window,
): ProfileSummary {
  return {
    subject,
    unit: 'ms',
    file,
    total: busyMs(profile, window),
    top: hotFunctions(profile, 12, undefined, window),
  };
}
