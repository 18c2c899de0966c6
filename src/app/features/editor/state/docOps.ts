/**
 * Every document change the editor makes, as data. Commands build a DocOp, the store applies it with
 * the core operation and keeps it in the undo entry, so after a save conflict the same changes can be
 * replayed on the other person's document.
 */
import {
  assignRange,
  confirmBoundary,
  linkContinuation,
  markUnassigned,
  mergeWithPrevious,
  moveBoundary,
  reorderArticles,
  setByline,
  setHeadline,
  setKicker,
  setReporters,
  setRole,
  setSubheadlines,
  splitAt,
  unlink,
} from '../../../../core/ops/index.ts';
import type { OpResult } from '../../../../core/ops/index.ts';
import type { Doc, Reporter, Role, Span } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';

export type FieldName = 'headline' | 'kicker' | 'subheadlines' | 'byline' | 'reporters';

export type FieldValue<F extends FieldName> = F extends 'headline'
  ? string
  : F extends 'kicker' | 'byline'
    ? string | null
    : F extends 'subheadlines'
      ? string[]
      : Reporter[];

export type DocOp =
  | { kind: 'moveBoundary'; articleId: string; to: number }
  | { kind: 'confirmBoundary'; articleId: string }
  | { kind: 'split'; at: number }
  | { kind: 'merge'; articleId: string }
  | { kind: 'setRole'; range: Span; role: Role }
  | { kind: 'markUnassigned'; range: Span; label: string | null }
  | { kind: 'assignRange'; range: Span; articleId: string }
  | { kind: 'link'; fragmentId: string; partIndex: number; targetId: string }
  | { kind: 'unlink'; articleId: string; partIndex: number }
  | { kind: 'reorder'; articleId: string; toIndex: number }
  /** `value: undefined` drops the override so the field is derived again. */
  | { kind: 'setField'; articleId: string; field: FieldName; value: FieldValue<FieldName> | undefined };

export function applyOp(doc: Doc, src: SourceText, op: DocOp): OpResult {
  switch (op.kind) {
    case 'moveBoundary':
      return moveBoundary(doc, src, op.articleId, op.to);
    case 'confirmBoundary':
      return confirmBoundary(doc, op.articleId);
    case 'split':
      return splitAt(doc, src, op.at);
    case 'merge':
      return mergeWithPrevious(doc, src, op.articleId);
    case 'setRole':
      return setRole(doc, src, op.range, op.role);
    case 'markUnassigned':
      return markUnassigned(doc, src, op.range, op.label);
    case 'assignRange':
      return assignRange(doc, src, op.range, op.articleId);
    case 'link':
      return linkContinuation(doc, src, { articleId: op.fragmentId, partIndex: op.partIndex }, op.targetId);
    case 'unlink':
      return unlink(doc, src, op.articleId, op.partIndex);
    case 'reorder': {
      const from = doc.articles.findIndex((a) => a.id === op.articleId);
      if (from < 0)
        return { ok: false, error: { code: 'unknown-article', message: `No article ${op.articleId}.` } };
      const to = Math.max(0, Math.min(doc.articles.length - 1, op.toIndex));
      return reorderArticles(doc, from, to);
    }
    case 'setField':
      return applyField(doc, op.articleId, op.field, op.value);
  }
}

function applyField(doc: Doc, articleId: string, field: FieldName, value: unknown): OpResult {
  switch (field) {
    case 'headline':
      return setHeadline(doc, articleId, value as string | undefined);
    case 'kicker':
      return setKicker(doc, articleId, value as string | null | undefined);
    case 'subheadlines':
      return setSubheadlines(doc, articleId, value as string[] | undefined);
    case 'byline':
      return setByline(doc, articleId, value as string | null | undefined);
    case 'reporters':
      return setReporters(doc, articleId, value as Reporter[] | undefined);
  }
}

/** Replays ops on another document, keeping those that still apply; the rest clash. */
export function replayOps(
  doc: Doc,
  src: SourceText,
  ops: DocOp[],
): { doc: Doc; applied: DocOp[]; clashed: DocOp[] } {
  let current = doc;
  const applied: DocOp[] = [];
  const clashed: DocOp[] = [];
  for (const op of ops) {
    const r = applyOp(current, src, op);
    if (r.ok) {
      current = r.doc;
      applied.push(op);
    } else clashed.push(op);
  }
  return { doc: current, applied, clashed };
}
