/** What the keyboard acts on. Changing it never touches the document or the redo stack. */
export type Selection =
  | { kind: 'none' }
  /** A boundary handle: ↑/↓ move it, C confirms it, M merges its article into the previous one. */
  | { kind: 'boundary'; articleId: string }
  /** A card: Alt+↑/↓ reorders it. */
  | { kind: 'article'; articleId: string }
  /** A caret in the source; `anchor !== offset` is a character range (Shift+arrows, drag-select). */
  | { kind: 'caret'; offset: number; anchor: number };

export const NO_SELECTION: Selection = { kind: 'none' };

export function caretRange(sel: Selection): { start: number; end: number } | null {
  if (sel.kind !== 'caret' || sel.anchor === sel.offset) return null;
  return { start: Math.min(sel.anchor, sel.offset), end: Math.max(sel.anchor, sel.offset) };
}

/** The article the selection is about, if any. */
export function selectedArticleId(sel: Selection): string | null {
  return sel.kind === 'boundary' || sel.kind === 'article' ? sel.articleId : null;
}
