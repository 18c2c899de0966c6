/** Comments arrive flat (oldest first, each naming its parent); the panels show them as threads. */
import type { Comment } from '../../../../api/contract.ts';

export interface Reply {
  comment: Comment;
  /** Who the reply answers, when it answers a reply rather than the thread's first comment. */
  inReplyTo: Comment | null;
}

export interface Thread {
  root: Comment;
  /** Every comment below the root, however deep, in the order they were written. */
  replies: Reply[];
}

function byTime(a: Comment, b: Comment): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Threads in the order their first comment was written; a reply whose parent is gone starts its own. */
export function buildThreads(comments: Comment[]): Thread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = new Map<string, Comment>();
  const findRoot = (c: Comment): Comment => {
    const known = rootOf.get(c.id);
    if (known) return known;
    const seen = new Set<string>();
    let at = c;
    while (at.parentId !== null && !seen.has(at.id)) {
      seen.add(at.id);
      const parent = byId.get(at.parentId);
      if (!parent) break;
      at = parent;
    }
    rootOf.set(c.id, at);
    return at;
  };
  const threads = new Map<string, Thread>();
  const sorted = [...comments].sort(byTime);
  for (const c of sorted) {
    const root = findRoot(c);
    if (root.id === c.id) threads.set(c.id, { root: c, replies: [] });
  }
  for (const c of sorted) {
    const root = findRoot(c);
    if (root.id === c.id) continue;
    const parent = c.parentId === null ? null : (byId.get(c.parentId) ?? null);
    threads
      .get(root.id)
      ?.replies.push({ comment: c, inReplyTo: parent && parent.id !== root.id ? parent : null });
  }
  return [...threads.values()];
}

/** A thread is settled when its first comment is resolved. */
export function isOpen(thread: Thread): boolean {
  return !thread.root.resolved;
}

export function openCount(comments: Comment[]): number {
  return buildThreads(comments).filter(isOpen).length;
}

export interface Anchor {
  articleId: string | null;
  line: number | null;
}

export const NO_ANCHOR: Anchor = { articleId: null, line: null };

export function anchorOf(comment: Pick<Comment, 'articleId' | 'line'>): Anchor {
  return { articleId: comment.articleId, line: comment.line };
}

export function hasAnchor(anchor: Anchor): boolean {
  return anchor.articleId !== null || anchor.line !== null;
}
