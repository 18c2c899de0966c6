/** Geometry of a plain SVG bar chart: no chart library for a dozen bars. */
export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  bars: Bar[];
  /** The value the top of the plot stands for: a round number at or above the largest bar. */
  max: number;
  /** Values to draw grid lines at, from 0 to max. */
  ticks: number[];
  /** Height of the plot area (the bars' baseline is at this y). */
  baseline: number;
}

/** The smallest of 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round steps. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function layoutBars(
  values: BarInput[],
  box: { width: number; height: number; gap?: number; ticks?: number },
): BarLayout {
  const gap = box.gap ?? 4;
  const largest = Math.max(0, ...values.map((v) => v.value));
  const max = niceCeiling(largest);
  const tickCount = Math.min(box.ticks ?? 4, max);
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => (max * i) / tickCount).filter(
    Number.isInteger,
  );
  const slot = values.length === 0 ? 0 : box.width / values.length;
  const width = Math.max(1, slot - gap);
  const bars = values.map((v, i) => {
    const height = (Math.max(0, v.value) / max) * box.height;
    return { ...v, x: i * slot + gap / 2, y: box.height - height, width, height };
  });
  return { bars, max, ticks, baseline: box.height };
}
