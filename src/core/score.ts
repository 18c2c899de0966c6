/**
 * STUB: a TypeScript port of ../shared/tools/score.py (the reference scorer), pure.
 * The segmenter work replaces the body, keeping the signature.
 */
export interface ScoreResult {
  file: string;
  gold_articles: number;
  predicted_articles: number;
  exact: number;
  title: number;
  reporters: number;
  reporters_total: number;
  paragraphs: number;
  paragraphs_total: number;
  b3: number;
  lost_chars: number;
}

/** `gold` is a parsed gold file; `prediction` a parsed export (or anything with articles[].spans). */
export function score(
  text: string,
  gold: unknown,
  prediction: unknown,
  file = '',
): { result: ScoreResult; details: string[] } {
  void text;
  void gold;
  void prediction;
  throw new Error(`score: not implemented (${file})`);
}
