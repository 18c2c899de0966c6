/**
 * The review screen's two decision keys. They act on the whole page, so they must never fire while the
 * supervisor is typing a comment: there Ctrl+Enter sends the comment instead.
 */
export type ReviewAction = 'approve' | 'request-changes';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** For aria-keyshortcuts (the ARIA spelling). */
export const ARIA_SHORTCUTS: Record<ReviewAction, string> = {
  approve: 'Control+Enter',
  'request-changes': 'Control+Shift+R',
};

export function shortcutLabel(action: ReviewAction, isMac: boolean): string {
  const mod = isMac ? '⌘' : 'Ctrl';
  return action === 'approve' ? `${mod}+Enter` : `${mod}+Shift+R`;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

/** Whether keys pressed now are typing: a text field, a select or anything contenteditable has focus. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input')
    return TEXT_INPUT_TYPES.has(((target as HTMLInputElement).type || 'text').toLowerCase());
  return (target as HTMLElement).isContentEditable || target.closest('[contenteditable="true"]') !== null;
}

/** The decision a key press asks for; ⌘ stands in for Ctrl so macOS users get the same keys. */
export function reviewActionFor(event: KeyLike): ReviewAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === 'Enter' && !event.shiftKey) return 'approve';
  const isR = event.code ? event.code === 'KeyR' : event.key.toLowerCase() === 'r';
  if (isR && event.shiftKey) return 'request-changes';
  return null;
}
