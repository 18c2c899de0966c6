/** The shape of every reported figure, and how it is judged against its target. */
import type { Stats } from './stats.ts';

export type SectionName = 'segment' | 'export' | 'browser' | 'bundle' | 'server';
export const SECTIONS: readonly SectionName[] = ['segment', 'export', 'browser', 'bundle', 'server'];

/** The baseline label of ratio figures (a ratio's baseline is 1 by definition). */
export const RATIO_BASELINE = 'by definition';

export interface Baseline {
  /** What was measured as the baseline, e.g. 'split lines + regex scan'. */
  label: string;
  value: number | null;
  stats?: Stats;
}

export interface Target {
  /** The figure passes when its value is at most this. */
  max: number;
  /** As printed, e.g. '≤ 100 ms'. */
  text: string;
}

export interface Figure {
  section: SectionName;
  /** What is measured, e.g. 'segment time'. */
  name: string;
  /** Input size label ('100k', '1M') or '' when the figure does not depend on one. */
  size: string;
  unit: string;
  /** Which statistic `value` is. */
  stat: 'median' | 'p95' | 'max' | 'total' | 'count' | 'value';
  /** null when the figure could not be measured (see `note`). */
  value: number | null;
  stats?: Stats;
  baseline?: Baseline;
  target?: Target;
  /** null when there is no target at this size or no value. */
  pass: boolean | null;
  /** Why a figure is n/a, or how to read it. */
  note?: string;
}

export type FigureInput = Omit<Figure, 'pass'>;

export function figure(input: FigureInput): Figure {
  const pass = input.target && input.value !== null ? input.value <= input.target.max : null;
  return { ...input, pass };
}

/** A figure that could not be measured, printed as "n/a (reason)". */
export function unavailable(input: Omit<FigureInput, 'value' | 'note'>, reason: string): Figure {
  return figure({ ...input, value: null, note: reason });
}

export function sizeLabel(chars: number): string {
  if (chars >= 1_000_000 && chars % 1_000_000 === 0) return `${chars / 1_000_000}M`;
  if (chars >= 1000 && chars % 1000 === 0) return `${chars / 1000}k`;
  return String(chars);
}

/** One function's share of a CPU profile (self time), or one source's share of a bundle (bytes). */
export interface HotSpot {
  name: string;
  /** file:line, mapped to the original source when a source map was available. */
  where: string;
  amount: number;
  pct: number;
}

/** Where the time (or the bytes) of a figure that missed its target went. */
export interface ProfileSummary {
  section?: SectionName;
  /** The figure the profile explains, e.g. 'segment 1M'. */
  subject: string;
  unit: 'ms' | 'KB';
  /** Where the raw profile was written (a .cpuprofile opens in Chrome DevTools). */
  file: string | null;
  total: number;
  top: HotSpot[];
}

export interface SectionResult {
  figures: Figure[];
  profiles: ProfileSummary[];
  notes: string[];
}

export const emptyResult = (): SectionResult => ({ figures: [], profiles: [], notes: [] });
