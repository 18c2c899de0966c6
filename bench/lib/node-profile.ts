/** CPU-profiles a piece of Node work in-process (what `node --cpu-prof` would show, for one call only). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { CpuProfile } from './cpuprofile.ts';
import { busyMs, hotFunctions } from './cpuprofile.ts';
import type { ProfileSummary } from './figures.ts';
import { OUT_DIR, profilePath } from './paths.ts';

export async function profileNode(subject: string, fn: () => unknown, repeat = 3): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < repeat; i++) fn();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    mkdirSync(OUT_DIR, { recursive: true });
    const file = profilePath(subject);
    writeFileSync(file, JSON.stringify(profile));
    return {
      subject: `${subject} (${repeat} runs)`,
      unit: 'ms',
      file,
      total: busyMs(profile),
      top: hotFunctions(profile, 12),
    };
  } finally {
    session.disconnect();
  }
}
