/**
 * Undo history as a pair of stacks of snapshots. Snapshots are immutable documents that share
 * unchanged articles, so keeping both ends of every step costs little and undo is a pointer swap.
 * Pure functions: the store owns the clock and decides what a step is.
 */
export interface HistoryEntry<S, P> {
  before: S;
  after: S;
  /** The command id, for "Undo move boundary" tooltips. */
  label: string;
  /** What the step did, in a form that can be replayed on another document (conflict rebase). */
  payload: P;
  /** Steps with the same key close together merge into one (a burst of typing in one field). */
  mergeKey: string | null;
  /** When the step was last extended. */
  at: number;
}

export interface History<S, P> {
  past: HistoryEntry<S, P>[];
  future: HistoryEntry<S, P>[];
  /** Entries below this index never absorb a later step (set when the server acknowledges a save). */
  sealed: number;
}

export const HISTORY_LIMIT = 500;
export const MERGE_WINDOW_MS = 1000;

export function emptyHistory<S, P>(): History<S, P> {
  return { past: [], future: [], sealed: 0 };
}

export interface StepInput<S, P> {
  before: S;
  after: S;
  label: string;
  payload: P;
  mergeKey?: string | null;
}

/** Adds a step (or extends the last one when it is the same burst); any redo is dropped. */
export function recordStep<S, P>(history: History<S, P>, step: StepInput<S, P>, now: number): History<S, P> {
  const mergeKey = step.mergeKey ?? null;
  const top = history.past[history.past.length - 1];
  const topIndex = history.past.length - 1;
  if (
    top &&
    mergeKey !== null &&
    top.mergeKey === mergeKey &&
    topIndex >= history.sealed &&
    top.after === step.before &&
    now - top.at <= MERGE_WINDOW_MS
  ) {
    const merged = { ...top, after: step.after, payload: step.payload, at: now };
    return { past: [...history.past.slice(0, -1), merged], future: [], sealed: history.sealed };
  }
  const entry: HistoryEntry<S, P> = { ...step, mergeKey, at: now };
  const past = [...history.past, entry];
  const overflow = Math.max(0, past.length - HISTORY_LIMIT);
  return {
    past: overflow ? past.slice(overflow) : past,
    future: [],
    sealed: Math.max(0, history.sealed - overflow),
  };
}

export interface Moved<S, P> {
  history: History<S, P>;
  snapshot: S;
  entry: HistoryEntry<S, P>;
}

export function undoStep<S, P>(history: History<S, P>): Moved<S, P> | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, entry],
      sealed: Math.min(history.sealed, history.past.length - 1),
    },
    snapshot: entry.before,
    entry,
  };
}

export function redoStep<S, P>(history: History<S, P>): Moved<S, P> | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    history: { past: [...history.past, entry], future: history.future.slice(0, -1), sealed: history.sealed },
    snapshot: entry.after,
    entry,
  };
}

/** Stops the current top step from absorbing later typing (so a saved step stays what was saved). */
export function sealHistory<S, P>(history: History<S, P>): History<S, P> {
  return { ...history, sealed: history.past.length };
}

/**
 * The payloads that lead from `base` to `current`, oldest first, or null when the way there is not a
 * plain sequence of recorded steps (the editor undid past `base`, or history was trimmed).
 */
export function stepsSince<S, P>(history: History<S, P>, base: S, current: S): P[] | null {
  return entriesSince(history, base, current)?.map((e) => e.payload) ?? null;
}

/** The history entries from `base` to `current`, oldest first (see stepsSince). */
export function entriesSince<S, P>(history: History<S, P>, base: S, current: S): HistoryEntry<S, P>[] | null {
  if (base === current) return [];
  const entries: HistoryEntry<S, P>[] = [];
  let expected = current;
  for (let i = history.past.length - 1; i >= 0; i--) {
    const entry = history.past[i] as HistoryEntry<S, P>;
    if (entry.after !== expected) return null;
    entries.push(entry);
    if (entry.before === base) return entries.reverse();
    expected = entry.before;
  }
  return null;
}
