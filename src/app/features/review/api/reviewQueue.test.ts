import { describe, expect, it } from 'vitest';
import type { ReviewQueueItem } from '../../../../api/contract.ts';
import { oldestFirst } from './reviewQueue.ts';

function item(id: string, submittedAt: string): ReviewQueueItem {
  return {
    issue: {
      id,
      publication: null,
      date: null,
      edition: null,
      filename: `${id}.txt`,
      status: 'submitted',
      articleCount: 1,
      flagCount: 0,
      assignee: null,
      revision: 1,
      updatedAt: submittedAt,
      updatedBy: null,
      editing: [],
    },
    submittedAt,
    submittedBy: null,
    editors: [],
    message: null,
    figures: {
      proposalArticles: 1,
      resultArticles: 1,
      boundariesChanged: 0,
      splitMergeDistance: 0,
      windowDiff: 0,
      windowSize: 1,
      bcubedF1: 1,
    },
    changeCount: 0,
  };
}

describe('oldestFirst', () => {
  it('puts the issue that has waited longest first, ties broken by id', () => {
    const sorted = oldestFirst([
      item('c', '2026-01-02T00:00:00Z'),
      item('b', '2026-01-01T00:00:00Z'),
      item('a', '2026-01-02T00:00:00Z'),
    ]);
    expect(sorted.map((i) => i.issue.id)).toEqual(['b', 'a', 'c']);
  });
});
