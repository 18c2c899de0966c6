import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../api/contract.ts';
import { buildThreads, openCount } from './commentThreads.ts';

let clock = 0;
function comment(id: string, parentId: string | null = null, extra: Partial<Comment> = {}): Comment {
  clock += 1;
  return {
    id,
    issueId: 'i1',
    parentId,
    kind: 'comment',
    author: { username: `u-${id}`, displayName: `User ${id}` },
    body: `body ${id}`,
    articleId: null,
    line: null,
    revision: 1,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString(),
    ...extra,
  };
}

describe('buildThreads', () => {
  it('puts replies under the comment they answer, in the order they were written', () => {
    const a = comment('a');
    const b = comment('b');
    const a1 = comment('a1', 'a');
    const a2 = comment('a2', 'a');
    const threads = buildThreads([a2, b, a1, a]);
    expect(threads.map((t) => t.root.id)).toEqual(['a', 'b']);
    expect(threads[0]?.replies.map((r) => r.comment.id)).toEqual(['a1', 'a2']);
    expect(threads[1]?.replies).toEqual([]);
  });

  it('keeps a reply to a reply in the same thread and says whom it answers', () => {
    const a = comment('a');
    const a1 = comment('a1', 'a');
    const a11 = comment('a11', 'a1');
    const [thread] = buildThreads([a, a1, a11]);
    expect(thread?.replies.map((r) => [r.comment.id, r.inReplyTo?.id ?? null])).toEqual([
      ['a1', null],
      ['a11', 'a1'],
    ]);
  });

  it('starts a thread of its own for a reply whose parent is missing', () => {
    const orphan = comment('x', 'gone');
    expect(buildThreads([orphan]).map((t) => t.root.id)).toEqual(['x']);
  });

  it('counts a thread as open until its first comment is resolved, whatever its replies say', () => {
    const a = comment('a', null, { resolved: true });
    const a1 = comment('a1', 'a');
    const b = comment('b');
    const b1 = comment('b1', 'b', { resolved: true });
    expect(openCount([a, a1, b, b1])).toBe(1);
  });
});
