import type { Proposal } from '../model.ts';

/** STUB: the automatic segmenter. Pure and deterministic; `text` is the normalised source. */
export function segment(text: string): Proposal {
  void text;
  return { doc: { articles: [], unassigned: [] }, suggestions: [] };
}
