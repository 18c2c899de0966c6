import type { Role } from '../model.ts';

/** One step of a character diff: `equal` text is in both, `delete` only in the old, `insert` only in the new. */
export interface TextOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Where a change sits in the source: code-point offsets (end exclusive) and the 0-based line of `start`. */
export interface SourceLocation {
  start: number;
  end: number;
  line: number;
}

/**
 * A change carries no localised text: the UI renders the message `diff.<kind>` with `params`.
 * `chars` counts non-whitespace characters; `lines` counts the source lines the change spans.
 */
export interface ChangeOf<K extends string, P> {
  kind: K;
  /** Ids of the proposal's articles concerned, in reading order. */
  proposalIds: string[];
  /** Ids of the result's articles concerned, in reading order. */
  resultIds: string[];
  at: SourceLocation;
  params: P;
}

/** A field edit: `text` is the character diff from `params.from` to `params.to` (null read as ''). */
export interface FieldChangeOf<K extends string, V> extends ChangeOf<K, { from: V; to: V }> {
  text: TextOp[];
}

interface Extent {
  chars: number;
  lines: number;
}

export type Change =
  /** `from`/`to` are the code-point offsets of the part's first character; `lines` = line(to) − line(from). */
  | ChangeOf<'boundary-moved', { from: number; to: number; lines: number; chars: number }>
  | ChangeOf<'boundary-added', { offset: number }>
  | ChangeOf<'boundary-removed', { offset: number }>
  /** One proposal article now spread over `articles` result articles. */
  | ChangeOf<'split', { articles: number }>
  /** One result article made of `articles` proposal articles. */
  | ChangeOf<'merge', { articles: number }>
  /** Text that became a linked continuation part of another article. */
  | ChangeOf<'continuation-linked', Extent>
  /** A linked continuation part that left its article. */
  | ChangeOf<'continuation-unlinked', Extent>
  /** Text that changed article in a way no boundary move, split, merge or link explains. */
  | ChangeOf<'text-moved', Extent>
  | ChangeOf<'role-changed', Extent & { from: Role | null; to: Role | null }>
  | FieldChangeOf<'kicker-changed', string | null>
  | FieldChangeOf<'headline-changed', string>
  /** `text` diffs the subheadlines joined with '\n'. */
  | FieldChangeOf<'subheadlines-changed', string[]>
  | FieldChangeOf<'byline-changed', string | null>
  | ChangeOf<'reporter-added', { name: string; role: string | null }>
  | ChangeOf<'reporter-removed', { name: string; role: string | null }>
  | ChangeOf<'reporter-role-changed', { name: string; from: string | null; to: string | null }>
  /** Article text made page furniture; `label` is the result's unassigned label there. */
  | ChangeOf<'text-unassigned', Extent & { label: string | null }>
  /** Page furniture given to an article; `label` is the proposal's unassigned label there. */
  | ChangeOf<'text-assigned', Extent & { label: string | null }>
  /** `from`/`to` are 0-based positions in reading order. */
  | ChangeOf<'article-moved', { from: number; to: number }>;

export type ChangeKind = Change['kind'];

/**
 * Agreement figures over the sequence of non-whitespace characters, each labelled by its article
 * (or 'unassigned', which also takes characters nothing covers).
 */
export interface DiffFigures {
  proposalArticles: number;
  resultArticles: number;
  /** Positions where exactly one of the two documents changes label. */
  boundariesChanged: number;
  /** Splits plus merges between articles (unassigned text is not a cluster here). */
  splitMergeDistance: number;
  /** Pevzner & Hearst WindowDiff in [0, 1]; 0 when the segmentations agree. */
  windowDiff: number;
  /** The k used: half the mean proposal segment length, at least 1. */
  windowSize: number;
  /** B-cubed F1 in [0, 1]; all unassigned text is one cluster, as in score.py. */
  bcubedF1: number;
}

export interface DocDiff {
  /** Sorted by `at.start`. */
  changes: Change[];
  figures: DiffFigures;
}
