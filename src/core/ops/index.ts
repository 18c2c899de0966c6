/** The edit operations: pure, each returning a new document or a typed error, never mutating input. */
export type { OpError, OpErrorCode, OpResult } from './result.ts';
export type { PartRef } from './links.ts';
export { moveBoundary, confirmBoundary } from './boundary.ts';
export { splitAt, mergeWithPrevious } from './split.ts';
export { setRole } from './roles.ts';
export { linkContinuation, unlink } from './links.ts';
export { markUnassigned, assignRange } from './unassigned.ts';
export { reorderArticles } from './order.ts';
export { setHeadline, setKicker, setSubheadlines, setByline, setReporters } from './fields.ts';
