import { describe, expect, it } from 'vitest';
import type { CpuProfile } from './cpuprofile.ts';
import { busyMs, hotFunctions } from './cpuprofile.ts';

const frame = (
  functionName: string,
  url = 'file:///work/main/src/core/segment/lines.ts',
  lineNumber = 9,
) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

/** Samples every 1 ms: idle, then a, a, a, b, then idle. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('(idle)', '') },
    { id: 3, callFrame: frame('a') },
    { id: 4, callFrame: frame('b', 'file:///x/node_modules/zod/v4/core.js', 99) },
  ],
  startTime: 1000,
  endTime: 7000,
  samples: [2, 3, 3, 3, 4, 2],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
};

describe('hotFunctions', () => {
  it('ranks functions by self time and leaves idle time out of the shares', () => {
    const top = hotFunctions(profile);
    expect(top.map((h) => h.name)).toEqual(['a', 'b']);
    expect(top[0]?.amount).toBe(3);
    expect(top[0]?.pct).toBe(75);
  });

  it('names the place by its path inside the repository, one-based', () => {
    expect(hotFunctions(profile).map((h) => h.where)).toEqual([
      'src/core/segment/lines.ts:10',
      'node_modules/zod/v4/core.js:100',
    ]);
  });

  it('counts only samples inside a window', () => {
    // Samples are taken at 1000, 2000, 3000, …: the window holds the second and third `a`.
    expect(hotFunctions(profile, 10, undefined, { fromUs: 2500, toUs: 4000 })).toEqual([
      expect.objectContaining({ name: 'a', amount: 2 }),
    ]);
  });

  it('uses the resolver to name minified frames after their sources', () => {
    const top = hotFunctions(profile, 1, (f) =>
      f.functionName === 'a' ? { name: 'layoutLine', where: 'src/x.ts:1' } : null,
    );
    expect(top[0]).toMatchObject({ name: 'layoutLine', where: 'src/x.ts:1' });
  });
});

describe('busyMs', () => {
  it('is the time spent outside idle', () => {
    expect(busyMs(profile)).toBe(4);
  });
});
