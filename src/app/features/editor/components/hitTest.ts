/**
 * From a screen point to a code-point offset in the source. Every span that holds source text
 * carries `data-start` (the offset of its first character), so a text node and an index inside it
 * are enough; no per-character elements are needed.
 */

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The offset of the character boundary nearest to the point, or null outside the source text. */
export function offsetFromPoint(x: number, y: number): number | null {
  const hit = caretAt(x, y);
  if (!hit) return null;
  if (hit.node.nodeType === Node.TEXT_NODE) {
    const holder = hit.node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!holder) return null;
    return Number(holder.dataset.start) + codePoints((hit.node.textContent ?? '').slice(0, hit.offset));
  }
  const el = hit.node as HTMLElement;
  const line = el.closest<HTMLElement>('[data-line-start]');
  if (!line) return null;
  // Past the last character (the empty end of a wrapped line) or before the first.
  const child = el.childNodes[hit.offset] as HTMLElement | undefined;
  const start = child?.dataset?.start;
  if (start !== undefined) return Number(start);
  return hit.offset === 0 ? Number(line.dataset.lineStart) : Number(line.dataset.lineEnd);
}

/** The 0-based source line under the point, if any. */
export function lineFromPoint(x: number, y: number): number | null {
  const row = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-line]');
  return row ? Number(row.dataset.line) : null;
}
