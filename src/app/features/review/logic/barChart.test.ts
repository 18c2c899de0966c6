import { describe, expect, it } from 'vitest';
import { layoutBars, niceCeiling } from './barChart.ts';

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 42, 99, 101].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 50, 100, 200]);
  });
});

describe('layoutBars', () => {
  it('scales bars to the round maximum and stands them on the baseline', () => {
    const layout = layoutBars(
      [
        { label: 'w1', value: 0 },
        { label: 'w2', value: 3 },
        { label: 'w3', value: 5 },
      ],
      { width: 300, height: 100, gap: 10 },
    );
    expect(layout.max).toBe(5);
    expect(layout.bars.map((b) => b.height)).toEqual([0, 60, 100]);
    expect(layout.bars.map((b) => b.y + b.height)).toEqual([100, 100, 100]);
    expect(layout.bars.map((b) => b.x)).toEqual([5, 105, 205]);
    expect(layout.bars.every((b) => b.width === 90)).toBe(true);
  });

  it('draws grid lines only at whole numbers, since the values are counts', () => {
    expect(layoutBars([{ label: 'a', value: 2 }], { width: 10, height: 10 }).ticks).toEqual([0, 1, 2]);
    expect(layoutBars([{ label: 'a', value: 17 }], { width: 10, height: 10 }).ticks).toEqual([
      0, 5, 10, 15, 20,
    ]);
  });

  it('gives an empty chart a scale of one rather than dividing by zero', () => {
    const layout = layoutBars([{ label: 'a', value: 0 }], { width: 10, height: 10 });
    expect(layout.max).toBe(1);
    expect(layout.bars[0]?.height).toBe(0);
  });
});
