import { diffChars } from 'diff';
import type { TextOp } from './types.ts';

/** Character diff on code points (jsdiff's Myers), consecutive steps of one kind joined. */
export function diffText(a: string, b: string): TextOp[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  return diffChars(a, b).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}
