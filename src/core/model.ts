/**
 * The document model shared by the segmenter, the edit operations, the export and every UI.
 *
 * Offsets are Unicode code points into the normalised source text (BOM dropped, CRLF/CR → LF),
 * `end` exclusive. The source text itself is immutable and never stored in the document: a
 * document is only a set of spans over it plus the fields an editor typed.
 */

export const ROLES = [
  'kicker',
  'headline',
  'subheadline',
  'byline',
  'body',
  'caption',
  'credit',
  'ignore',
] as const;
export type Role = (typeof ROLES)[number];

export interface Span {
  start: number;
  end: number;
}

/** A role for a line or a fragment of a line (e.g. a byline fused into the first paragraph). */
export interface RoleSpan extends Span {
  role: Role;
}

export interface Reporter {
  name: string;
  /** 记者, 全媒体记者, 本报记者, 新华社记者, 通讯员, 实习生, 见习记者, 特约记者, 摄影记者, or null when unknown. */
  role: string | null;
}

/**
 * Why the segmenter believes something. Free strings so new cues need no schema change, but the
 * segmenter uses these names: 'start-of-text', 'byline', 'headline-shape', 'blank-gap',
 * 'jump-marker', 'wire-dateline', 'brief-marker', 'column-name', 'dateline', 'manual',
 * 'mid-sentence-end', 'headless-fragment'.
 */
export type Cue = string;

/** The boundary at the start of an article's first part. */
export interface Boundary {
  /** In [0, 1]. 1 for boundaries an editor made or confirmed. */
  confidence: number;
  cues: Cue[];
  /** An editor looked at it and confirmed it; it leaves the "doubtful" list. */
  confirmed: boolean;
}

/** A continuation link: how a part after the first joined its article. */
export interface Link {
  confidence: number;
  cues: Cue[];
}

export interface Part extends Span {
  /** Present on parts after the first that the segmenter or an editor linked as a continuation. */
  link?: Link;
}

/**
 * Values an editor typed over the ones derived from roles. An absent key means "derive it":
 * headline from the headline lines, reporters from the byline, and so on.
 */
export interface FieldOverrides {
  kicker?: string | null;
  headline?: string;
  subheadlines?: string[];
  byline?: string | null;
  reporters?: Reporter[];
}

export interface Article {
  /** Stable within a document: 'a1', 'a2', … New articles take the next free number. */
  id: string;
  /** Reading order. Never empty, never overlapping any other span in the document. */
  parts: Part[];
  /** Sorted by start; inside the article's parts; together they cover every non-whitespace character of the parts. */
  roles: RoleSpan[];
  boundary: Boundary;
  fields: FieldOverrides;
}

export interface UnassignedRange extends Span {
  /** What the furniture is, when known: 'page-header', 'column-name', 'credit', 'ad', 'noise', 'masthead', 'interface', 'notice', 'page-footer', 'jump'. */
  label: string | null;
}

export interface Doc {
  /** Reading order. */
  articles: Article[];
  /** Sorted by start. Page furniture that belongs to no article. */
  unassigned: UnassignedRange[];
}

/** A pending continuation the segmenter saw but was not sure enough to apply. */
export interface LinkSuggestion {
  /** The article that is continued (its last part stops mid-sentence, or it has a jump marker). */
  articleId: string;
  /** The headless article that would become its next part. */
  fragmentId: string;
  confidence: number;
  cues: Cue[];
}

export interface IssueMeta {
  id: string;
  publication: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  edition: string | null;
  source: {
    filename: string;
    /** sha256 hex of the normalised text encoded as UTF-8. */
    sha256: string;
    encoding: string;
    /** In code points. */
    length: number;
  };
}

export type Status = 'proposed' | 'draft' | 'submitted' | 'approved';

/** What the automatic segmenter returns: the document plus links it saw but did not apply. */
export interface Proposal {
  doc: Doc;
  suggestions: LinkSuggestion[];
}
