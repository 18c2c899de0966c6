import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  MERGE_WINDOW_MS,
  recordStep,
  redoStep,
  sealHistory,
  stepsSince,
  undoStep,
} from './history.ts';

type H = ReturnType<typeof emptyHistory<string, string>>;

function step(h: H, before: string, after: string, now: number, mergeKey: string | null = null): H {
  return recordStep(h, { before, after, label: 'edit', payload: `${before}->${after}`, mergeKey }, now);
}

describe('history', () => {
  it('undo returns the snapshot before the step and redo the one after', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'b', 0);
    h = step(h, 'b', 'c', 10);
    const u = undoStep(h);
    expect(u?.snapshot).toBe('b');
    const u2 = undoStep(u!.history);
    expect(u2?.snapshot).toBe('a');
    expect(undoStep(u2!.history)).toBeNull();
    const r = redoStep(u2!.history);
    expect(r?.snapshot).toBe('b');
    expect(redoStep(r!.history)?.snapshot).toBe('c');
  });

  it('a new step after an undo drops the redo stack', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'b', 0);
    h = undoStep(h)!.history;
    expect(h.future).toHaveLength(1);
    h = step(h, 'a', 'x', 5);
    expect(h.future).toHaveLength(0);
  });

  it('steps with the same merge key within the window merge into one', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'ab', 0, 'field:a1:headline');
    h = step(h, 'ab', 'abc', MERGE_WINDOW_MS - 1, 'field:a1:headline');
    h = step(h, 'abc', 'abcd', 2 * MERGE_WINDOW_MS - 2, 'field:a1:headline');
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.payload).toBe('abc->abcd');
    expect(undoStep(h)?.snapshot).toBe('a');
  });

  it('a pause longer than the window starts a new step', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'ab', 0, 'k');
    h = step(h, 'ab', 'abc', MERGE_WINDOW_MS + 1, 'k');
    expect(h.past).toHaveLength(2);
  });

  it('a different field starts a new step', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'ab', 0, 'field:a1:headline');
    h = step(h, 'ab', 'abc', 1, 'field:a1:kicker');
    expect(h.past).toHaveLength(2);
  });

  it('a sealed step never absorbs later typing', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'ab', 0, 'k');
    h = sealHistory(h);
    h = step(h, 'ab', 'abc', 1, 'k');
    expect(h.past).toHaveLength(2);
  });

  it('stepsSince lists the payloads from a base to the current snapshot', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'b', 0);
    h = step(h, 'b', 'c', 1);
    h = step(h, 'c', 'd', 2);
    expect(stepsSince(h, 'b', 'd')).toEqual(['b->c', 'c->d']);
    expect(stepsSince(h, 'd', 'd')).toEqual([]);
  });

  it('stepsSince gives null when the editor undid past the base', () => {
    let h = step(emptyHistory<string, string>(), 'a', 'b', 0);
    h = undoStep(h)!.history;
    expect(stepsSince(h, 'b', 'a')).toBeNull();
  });
});
