import type { Doc } from '../model.ts';
import type { SourceText } from '../text.ts';
import type { Correspondence } from './correspond.ts';
import type { DocLabels } from './labels.ts';
import type { NonSpaceIndex } from './sequence.ts';

/** Everything the individual comparisons share, computed once. */
export interface DiffContext {
  proposal: Doc;
  result: Doc;
  src: SourceText;
  ns: NonSpaceIndex;
  P: DocLabels;
  R: DocLabels;
  corr: Correspondence;
}

/** Ids of the articles at the given indices, in reading order, each once. */
export function idsOf(doc: Doc, indices: Iterable<number>): string[] {
  return [...new Set(indices)]
    .filter((k) => k >= 0)
    .sort((x, y) => x - y)
    .flatMap((k) => {
      const a = doc.articles[k];
      return a ? [a.id] : [];
    });
}
