/**
 * What changed between the segmenter's proposal and an edited document, for a supervisor's review:
 * a list of changes located in the source, and figures of how far the two segmentations agree.
 * Everything runs over typed arrays indexed by non-whitespace character, linear in the text.
 */
import type { Doc } from '../model.ts';
import type { SourceText } from '../text.ts';
import { boundaryChanges } from './boundaries.ts';
import { correspond } from './correspond.ts';
import { idsOf } from './context.ts';
import type { DiffContext } from './context.ts';
import { fieldChanges } from './fields.ts';
import { bcubedF1, boundaryDifferences, splitMergeDistance, windowDiff, windowSizeFor } from './figures.ts';
import { docLabels } from './labels.ts';
import { orderChanges } from './order.ts';
import { analysePieces } from './pieces.ts';
import { roleChanges } from './roles.ts';
import { labelRuns } from './runs.ts';
import type { Run } from './runs.ts';
import { lineCount, locate, nonSpaceIndex } from './sequence.ts';
import type { Change, ChangeKind, DocDiff } from './types.ts';

export type {
  Change,
  ChangeKind,
  ChangeOf,
  DiffFigures,
  DocDiff,
  FieldChangeOf,
  SourceLocation,
  TextOp,
} from './types.ts';
export { diffText } from './text-diff.ts';
export { bcubedF1, windowDiff, windowSizeFor, boundaryDifferences } from './figures.ts';

/** Article-level changes first where several start at one place, then what they contain. */
const KIND_ORDER: ChangeKind[] = [
  'split',
  'merge',
  'continuation-linked',
  'continuation-unlinked',
  'boundary-moved',
  'boundary-added',
  'boundary-removed',
  'text-moved',
  'text-unassigned',
  'text-assigned',
  'article-moved',
  'role-changed',
  'kicker-changed',
  'headline-changed',
  'subheadlines-changed',
  'byline-changed',
  'reporter-added',
  'reporter-removed',
  'reporter-role-changed',
];

/** Text that changed hands between paired articles other than by a boundary moving over it. */
function textMoved(ctx: DiffContext, moved: Run[], moveEnds: Set<number>): Change[] {
  return moved
    .filter((run) => !(moveEnds.has(run.from) && moveEnds.has(run.to)))
    .map((run) => {
      const at = locate(ctx.ns, ctx.src, run.from, run.to);
      return {
        kind: 'text-moved' as const,
        proposalIds: idsOf(ctx.proposal, [run.a]),
        resultIds: idsOf(ctx.result, [run.b]),
        at,
        params: { chars: run.to - run.from, lines: lineCount(ctx.src, at) },
      };
    });
}

export function diffDocs(proposal: Doc, result: Doc, src: SourceText): DocDiff {
  const ns = nonSpaceIndex(src);
  const P = docLabels(proposal, ns);
  const R = docLabels(result, ns);
  const runs = labelRuns(P.owner, R.owner);
  const corr = correspond(proposal.articles.length, result.articles.length, P, R, runs);
  const ctx: DiffContext = { proposal, result, src, ns, P, R, corr };

  const pieces = analysePieces(ctx, runs);
  const boundaries = boundaryChanges(ctx, pieces.explained);
  const changes = [
    ...pieces.changes,
    ...boundaries.changes,
    ...textMoved(ctx, pieces.moved, boundaries.moveEnds),
    ...roleChanges(ctx),
    ...fieldChanges(ctx),
    ...orderChanges(ctx),
  ];
  const rank = (c: Change) => KIND_ORDER.indexOf(c.kind);
  changes.sort((x, y) => x.at.start - y.at.start || rank(x) - rank(y) || x.at.end - y.at.end);

  const k = windowSizeFor(P.owner);
  return {
    changes,
    figures: {
      proposalArticles: proposal.articles.length,
      resultArticles: result.articles.length,
      boundariesChanged: boundaryDifferences(P.owner, R.owner),
      splitMergeDistance: splitMergeDistance(corr.overlap),
      windowDiff: windowDiff(P.owner, R.owner, k),
      windowSize: k,
      bcubedF1: bcubedF1(P.owner, R.owner),
    },
  };
}
