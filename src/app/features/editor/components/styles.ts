/** How roles, owners and confidence look in the source pane. Colour is never the only signal. */
import type { Role } from '../../../../core/model.ts';
import { articleHue } from '../state/lineRuns.ts';

export const ROLE_CLASS: Record<Role, string> = {
  kicker: 'italic text-[0.9em] text-slate-600',
  headline: 'font-bold text-[1.1em] text-slate-950',
  subheadline: 'font-semibold text-slate-700',
  byline: 'text-sky-800 underline decoration-dotted underline-offset-4',
  body: 'text-slate-800',
  caption: 'italic text-amber-800',
  credit: 'text-[0.85em] text-slate-500',
  ignore: 'line-through text-slate-400',
};

export function bandColour(number: number, strong: boolean): string {
  return `hsl(${articleHue(number)} 70% ${strong ? 88 : 95}%)`;
}

export function edgeColour(number: number): string {
  return `hsl(${articleHue(number)} 55% 45%)`;
}

export const HATCH = 'repeating-linear-gradient(135deg, #e2e8f0 0 3px, #f8fafc 3px 7px)';

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'confirmed';

export function confidenceLevel(confidence: number, confirmed: boolean): ConfidenceLevel {
  if (confirmed) return 'confirmed';
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

export const CONFIDENCE_CLASS: Record<ConfidenceLevel, string> = {
  confirmed: 'bg-slate-700 text-white',
  high: 'bg-emerald-600 text-white',
  medium: 'bg-amber-400 text-slate-950',
  low: 'bg-red-600 text-white',
};

/** Characters that would otherwise be invisible or look like an ordinary space. */
export const SPECIAL_CHAR = /[\u3000\u00a0\u200b-\u200f\u2060\ufeff\t\u2028\u2029\u202f\u205f\u2000-\u200a]/u;
