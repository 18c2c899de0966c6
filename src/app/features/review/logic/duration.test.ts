import { describe, expect, it } from 'vitest';
import { durationParts } from './duration.ts';

describe('durationParts', () => {
  it('keeps the two largest units that matter', () => {
    expect(durationParts(40 * 60)).toEqual({ unit: 'minutes', count: 40 });
    expect(durationParts(2 * 3600 + 15 * 60)).toEqual({ unit: 'hours', hours: 2, minutes: 15 });
    expect(durationParts(3 * 86400 + 4 * 3600 + 59)).toEqual({ unit: 'days', days: 3, hours: 4 });
  });

  it('rounds to the nearest minute and never goes below zero', () => {
    expect(durationParts(89)).toEqual({ unit: 'minutes', count: 1 });
    expect(durationParts(-5)).toEqual({ unit: 'minutes', count: 0 });
  });
});
