import type { Article, Reporter } from './model.ts';
import type { SourceText } from './text.ts';

/** The reader-facing fields of an article, derived from its roles unless an editor typed over them. */
export interface DerivedArticle {
  kicker: string | null;
  headline: string;
  subheadlines: string[];
  byline: string | null;
  reporters: Reporter[];
  paragraphs: string[];
  /** What a reviewer should look at: 'no-byline', 'ends-mid-sentence', 'continued', 'low-confidence', 'no-headline'. */
  flags: string[];
}

/** STUB: the segmenter work replaces the body, keeping the signature. Honour `article.fields` overrides. */
export function deriveArticle(article: Article, src: SourceText): DerivedArticle {
  void src;
  return {
    kicker: article.fields.kicker ?? null,
    headline: article.fields.headline ?? '',
    subheadlines: article.fields.subheadlines ?? [],
    byline: article.fields.byline ?? null,
    reporters: article.fields.reporters ?? [],
    paragraphs: [],
    flags: [],
  };
}
