import { deriveArticle } from '../derive.ts';
import type { Doc } from '../model.ts';
import type { SourceText } from '../text.ts';

/** The shape the reference scorer reads: spans in code points plus the derived fields. */
export interface Prediction {
  articles: {
    id: string;
    spans: { start: number; end: number }[];
    kicker: string | null;
    headline: string;
    subheadlines: string[];
    byline: string | null;
    reporters: { name: string; role: string | null }[];
    paragraphs: string[];
    flags: string[];
  }[];
  unassigned: { start: number; end: number; label: string | null }[];
}

/** A document as the scorer (score.py or score.ts) expects a prediction. */
export function toPrediction(doc: Doc, src: SourceText): Prediction {
  return {
    articles: doc.articles.map((a) => {
      const d = deriveArticle(a, src);
      return {
        id: a.id,
        spans: a.parts.map((p) => ({ start: p.start, end: p.end })),
        kicker: d.kicker,
        headline: d.headline,
        subheadlines: d.subheadlines,
        byline: d.byline,
        reporters: d.reporters,
        paragraphs: d.paragraphs,
        flags: d.flags,
      };
    }),
    unassigned: doc.unassigned.map((u) => ({ start: u.start, end: u.end, label: u.label })),
  };
}
