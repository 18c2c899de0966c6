import { describe, expect, it } from 'vitest';
import { figure, unavailable } from './figures.ts';
import { formatNumber, formatReport, formatValue } from './report.ts';

const stats = { n: 7, median: 812.34, min: 790, max: 850.5, p95: 850.5 };

describe('formatValue', () => {
  it('prints a median with its min–max range', () => {
    const f = figure({
      section: 'segment',
      name: 't',
      size: '1M',
      unit: 'ms',
      stat: 'median',
      value: 812.34,
      stats,
    });
    expect(formatValue(f)).toBe('812 ms (790–851)');
  });

  it('prints a p95 with the median, min–max and sample size', () => {
    const f = figure({
      section: 'browser',
      name: 'drag',
      size: '1M',
      unit: 'ms',
      stat: 'p95',
      value: 42,
      stats: { ...stats, n: 10, median: 20, min: 6, max: 60 },
    });
    expect(formatValue(f)).toBe('p95 42 ms (median 20, 6–60, n=10)');
  });

  it('prints an unmeasured figure as n/a with its reason', () => {
    const f = unavailable(
      { section: 'browser', name: 'drag', size: '1M', unit: 'ms', stat: 'p95' },
      'no handle in view',
    );
    expect(formatValue(f)).toBe('n/a (no handle in view)');
  });
});

describe('formatNumber', () => {
  it('keeps three significant digits for small values and none for large ones', () => {
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(31.4159)).toBe('31.4');
    expect(formatNumber(3141.59)).toBe('3,142');
  });
});

describe('formatReport', () => {
  it('marks a figure over its target as FAIL and lists it among the missed', () => {
    const over = figure({
      section: 'segment',
      name: 'segment time',
      size: '1M',
      unit: 'ms',
      stat: 'median',
      value: 812,
      baseline: { label: 'split lines', value: 12 },
      target: { max: 100, text: '≤ 100 ms' },
    });
    const text = formatReport([over], [], []);
    expect(text).toMatch(/segment time\s+1M\s+812 ms\s+12 ms\s+≤ 100 ms\s+FAIL/);
    expect(text).toContain('Targets: 0 met, 1 missed, 0 n/a.');
    expect(text).toContain('baseline: split lines');
  });

  it('judges a figure without a target at this size neither pass nor fail', () => {
    const f = figure({
      section: 'export',
      name: 'export',
      size: '100k',
      unit: 'ms',
      stat: 'median',
      value: 5,
    });
    expect(f.pass).toBeNull();
    expect(formatReport([f], [], [])).toContain('Targets: 0 met, 0 missed, 0 n/a.');
  });
});
