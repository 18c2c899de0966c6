import type { Boundary, Doc, Link } from '../model.ts';

export type OpErrorCode =
  | 'unknown-article'
  | 'unknown-part'
  | 'invalid-offset'
  | 'invalid-range'
  | 'invalid-index'
  | 'invalid-value'
  | 'empty-range'
  | 'not-in-article'
  | 'crosses-boundary'
  | 'empties-article'
  | 'already-boundary'
  | 'no-previous-article'
  | 'same-article'
  | 'first-part';

export interface OpError {
  code: OpErrorCode;
  message: string;
}

export type OpResult = { ok: true; doc: Doc } | { ok: false; error: OpError };

export function ok(doc: Doc): OpResult {
  return { ok: true, doc };
}

export function fail(code: OpErrorCode, message: string): OpResult {
  return { ok: false, error: { code, message } };
}

/** A boundary an editor drew or moved: certain, and out of the doubtful list. */
export function manualBoundary(previous?: Boundary): Boundary {
  const cues = previous ? previous.cues.filter((c) => c !== 'manual') : [];
  return { confidence: 1, cues: [...cues, 'manual'], confirmed: true };
}

export function manualLink(): Link {
  return { confidence: 1, cues: ['manual'] };
}
