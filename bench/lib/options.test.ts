import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('runs every section at 100k, 300k and 1M by default', () => {
    const o = parseOptions([]);
    expect(o.sections).toEqual(['segment', 'export', 'browser', 'bundle', 'server']);
    expect(o.sizes).toEqual([100_000, 300_000, 1_000_000]);
    expect(o.runs).toBeGreaterThanOrEqual(5);
  });

  it('--quick keeps to tiny inputs, two runs and no browser or load test', () => {
    const o = parseOptions(['--quick']);
    expect(o.sizes).toEqual([20_000]);
    expect(o.runs).toBe(2);
    expect(o.sections).not.toContain('browser');
    expect(o.sections).not.toContain('server');
  });

  it('--only picks sections in the usual order, in either spelling', () => {
    expect(parseOptions(['--only', 'server,segment']).sections).toEqual(['segment', 'server']);
    expect(parseOptions(['--only=bundle']).sections).toEqual(['bundle']);
  });

  it('refuses an unknown section name', () => {
    expect(() => parseOptions(['--only', 'segmenter'])).toThrow(/unknown section segmenter/);
  });
});
