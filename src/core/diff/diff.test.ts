import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../invariants.ts';
import type { Doc } from '../model.ts';
import { diffDocs } from './index.ts';
import type { Change, ChangeKind } from './index.ts';
import { art, furniture, ISSUE, part, proposal } from './issue.testutil.ts';

function diffWith(result: Doc, from: Doc = proposal()) {
  expect(checkInvariants(from, ISSUE)).toEqual([]);
  expect(checkInvariants(result, ISSUE)).toEqual([]);
  return diffDocs(from, result, ISSUE);
}

function kinds(changes: Change[]): ChangeKind[] {
  return changes.map((c) => c.kind);
}

const FIELD_KINDS: ChangeKind[] = [
  'kicker-changed',
  'headline-changed',
  'subheadlines-changed',
  'byline-changed',
  'reporter-added',
  'reporter-removed',
  'reporter-role-changed',
];

/** Changes to the text's segmentation, leaving out the derived fields they bring along. */
function structural(changes: Change[]): ChangeKind[] {
  return kinds(changes).filter((k) => !FIELD_KINDS.includes(k));
}

function only<K extends ChangeKind>(changes: Change[], kind: K): Extract<Change, { kind: K }> {
  const found = changes.filter((c): c is Extract<Change, { kind: K }> => c.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<Change, { kind: K }>;
}

const lineStart = (line: number) => ISSUE.lineStarts()[line] as number;

describe('diffDocs', () => {
  it('finds nothing between a document and an unedited copy of it', () => {
    const d = diffWith(proposal());
    expect(d.changes).toEqual([]);
    expect(d.figures).toMatchObject({
      proposalArticles: 3,
      resultArticles: 3,
      boundariesChanged: 0,
      splitMergeDistance: 0,
      windowDiff: 0,
      bcubedF1: 1,
    });
  });

  it('lists a boundary dragged two lines up with its line delta', () => {
    const result = proposal();
    result.articles = [art('a1', [part(2, 5)]), art('a2', [part(7, 9)]), art('a3', [part(10, 14)])];
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['boundary-moved']);
    const c = only(d.changes, 'boundary-moved');
    expect(c.params).toEqual({
      from: lineStart(12),
      to: lineStart(10),
      lines: -2,
      chars: -[...'检的月饼主要包括广式月饼。'].length,
    });
    expect(c.proposalIds).toEqual(['a3']);
    expect(c.resultIds).toEqual(['a3']);
    expect(c.at).toMatchObject({ start: lineStart(10), line: 10 });
    // Moving characters across a boundary is one split and one merge.
    expect(d.figures.splitMergeDistance).toBe(2);
    expect(d.figures.boundariesChanged).toBe(2);
    expect(d.figures.windowDiff).toBeGreaterThan(0);
    expect(d.figures.bcubedF1).toBeLessThan(1);
  });

  it('detects an article split in two and counts one operation', () => {
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 8)]),
      art('a4', [part(9, 10)]),
      art('a3', [part(12, 14)]),
    ];
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['split']);
    const c = only(d.changes, 'split');
    expect(c.proposalIds).toEqual(['a2']);
    expect(c.resultIds).toEqual(['a2', 'a4']);
    expect(c.params).toEqual({ articles: 2 });
    expect(c.at).toMatchObject({ start: lineStart(9), line: 9 });
    expect(d.figures.splitMergeDistance).toBe(1);
    expect(d.figures.resultArticles).toBe(4);
  });

  it('detects two articles merged into one and counts one operation', () => {
    const result = proposal();
    result.articles = [art('a1', [part(2, 5)]), art('a2', [part(7, 14)])];
    const d = diffWith(result);
    expect(structural(d.changes)).toEqual(['merge']);
    const c = only(d.changes, 'merge');
    expect(c.proposalIds).toEqual(['a2', 'a3']);
    expect(c.resultIds).toEqual(['a2']);
    expect(c.at).toMatchObject({ start: lineStart(12), line: 12 });
    expect(d.figures.splitMergeDistance).toBe(1);
    // The merged article derives its headline from both headline lines now.
    expect(only(d.changes, 'headline-changed').params.from).toBe('我市对月饼开展体检');
  });

  it('reports a headless fragment linked as a continuation, not as a merge', () => {
    const from = proposal();
    from.articles = [
      art('a1', [part(2, 5)]),
      art('a4', [part(10)]),
      art('a2', [part(7, 9)]),
      art('a3', [part(12, 14)]),
    ];
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 9), part(10, 10, true)]),
      art('a3', [part(12, 14)]),
    ];
    const d = diffWith(result, from);
    expect(kinds(d.changes)).toEqual(['continuation-linked']);
    const c = only(d.changes, 'continuation-linked');
    expect(c.proposalIds).toEqual(['a4']);
    expect(c.resultIds).toEqual(['a2']);
    expect(c.at).toMatchObject({ start: lineStart(10), line: 10 });
    expect(c.params).toEqual({ chars: [...'检的月饼主要包括广式月饼。'].length, lines: 1 });
  });

  it('reports a continuation unlinked into its own article', () => {
    const from = proposal();
    from.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 9), part(10, 10, true)]),
      art('a3', [part(12, 14)]),
    ];
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 9)]),
      art('a4', [part(10)]),
      art('a3', [part(12, 14)]),
    ];
    const d = diffWith(result, from);
    expect(kinds(d.changes)).toEqual(['continuation-unlinked']);
    expect(only(d.changes, 'continuation-unlinked')).toMatchObject({
      proposalIds: ['a2'],
      resultIds: ['a4'],
    });
  });

  it('coalesces a role change over a line into one range', () => {
    const result = proposal();
    const a1 = result.articles[0];
    if (!a1) throw new Error('no a1');
    a1.roles = a1.roles.map((r) => (ISSUE.lineOf(r.start) === 5 ? { ...r, role: 'caption' } : r));
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['role-changed']);
    const c = only(d.changes, 'role-changed');
    expect(c.params).toEqual({
      from: 'body',
      to: 'caption',
      chars: [...'会议强调，要深刻领会。'].length,
      lines: 1,
    });
    expect(c.at).toEqual({ start: lineStart(5), end: lineStart(6) - 1, line: 5 });
  });

  it('gives a headline typo fix as a text diff with one deletion and one insertion', () => {
    const from = proposal();
    from.articles[0] = art('a1', [part(2, 5)], { headline: '市委常委会召开会义' });
    const result = proposal();
    result.articles[0] = art('a1', [part(2, 5)], { headline: '市委常委会召开会议' });
    const d = diffWith(result, from);
    expect(kinds(d.changes)).toEqual(['headline-changed']);
    const c = only(d.changes, 'headline-changed');
    expect(c.params).toEqual({ from: '市委常委会召开会义', to: '市委常委会召开会议' });
    expect(c.text).toEqual([
      { op: 'equal', text: '市委常委会召开会' },
      { op: 'delete', text: '义' },
      { op: 'insert', text: '议' },
    ]);
    expect(c.at.line).toBe(2);
  });

  it('lists a reporter added, one removed and one whose role changed, at the byline', () => {
    const from = proposal();
    from.articles[0] = art('a1', [part(2, 5)], {
      reporters: [
        { name: '陈润', role: '全媒体记者' },
        { name: '许珂', role: '记者' },
      ],
    });
    const result = proposal();
    result.articles[0] = art('a1', [part(2, 5)], {
      reporters: [
        { name: '陈润', role: '记者' },
        { name: '王明', role: null },
      ],
    });
    const d = diffWith(result, from);
    expect(kinds(d.changes).sort()).toEqual(['reporter-added', 'reporter-removed', 'reporter-role-changed']);
    expect(only(d.changes, 'reporter-added').params).toEqual({ name: '王明', role: null });
    expect(only(d.changes, 'reporter-removed').params).toEqual({ name: '许珂', role: '记者' });
    expect(only(d.changes, 'reporter-role-changed').params).toEqual({
      name: '陈润',
      from: '全媒体记者',
      to: '记者',
    });
    expect(d.changes.every((c) => c.at.line === 3)).toBe(true);
  });

  it('reports a paragraph marked unassigned with its label, and no boundary change', () => {
    const result = proposal();
    result.articles[0] = art('a1', [part(2, 4)]);
    result.unassigned = [furniture(0, 'page-header'), furniture(5, 'noise'), furniture(15, 'credit')];
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['text-unassigned']);
    const c = only(d.changes, 'text-unassigned');
    expect(c).toMatchObject({ proposalIds: ['a1'], resultIds: [], params: { label: 'noise', lines: 1 } });
    expect(c.at).toMatchObject({ start: lineStart(5), line: 5 });
    expect(d.figures.splitMergeDistance).toBe(0);
  });

  it('reports page furniture assigned back to an article instead of a moved boundary', () => {
    const result = proposal();
    result.articles[0] = art('a1', [part(0, 5)]);
    result.unassigned = [furniture(15, 'credit')];
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['text-assigned']);
    expect(only(d.changes, 'text-assigned')).toMatchObject({
      proposalIds: [],
      resultIds: ['a1'],
      params: { label: 'page-header', lines: 1 },
    });
  });

  it('reports one article moved when two swap places in reading order', () => {
    const result = proposal();
    const [a1, a2, a3] = result.articles;
    if (!a1 || !a2 || !a3) throw new Error('three articles expected');
    result.articles = [a2, a1, a3];
    const d = diffWith(result);
    expect(kinds(d.changes)).toEqual(['article-moved']);
    const c = only(d.changes, 'article-moved');
    expect(c.proposalIds).toEqual(c.resultIds);
    expect(Math.abs(c.params.from - c.params.to)).toBe(1);
    expect(d.figures.bcubedF1).toBe(1);
  });

  it('reports the derived byline and reporters when a byline line becomes body', () => {
    const result = proposal();
    const a1 = result.articles[0];
    if (!a1) throw new Error('no a1');
    a1.roles = a1.roles.map((r) => (r.role === 'byline' ? { ...r, role: 'body' } : r));
    const d = diffWith(result);
    expect(structural(d.changes)).toEqual(['role-changed']);
    expect(only(d.changes, 'role-changed').params).toMatchObject({ from: 'byline', to: 'body', lines: 1 });
    expect(only(d.changes, 'byline-changed').params).toEqual({
      from: '衡阳晚报讯 (全媒体记者 陈润)',
      to: null,
    });
    expect(only(d.changes, 'reporter-removed').params.name).toBe('陈润');
  });

  it('lists a part boundary added inside an article and removed again', () => {
    const cut = proposal();
    cut.articles[0] = art('a1', [part(2, 3), part(4, 5)]);
    const d = diffWith(cut);
    expect(kinds(d.changes)).toEqual(['boundary-added']);
    expect(only(d.changes, 'boundary-added')).toMatchObject({
      proposalIds: ['a1'],
      resultIds: ['a1'],
      at: { start: lineStart(4), end: lineStart(4), line: 4 },
      params: { offset: lineStart(4) },
    });
    // Parts of one article do not change the partition.
    expect(d.figures).toMatchObject({ boundariesChanged: 0, splitMergeDistance: 0, bcubedF1: 1 });
    const back = diffWith(proposal(), cut);
    expect(kinds(back.changes)).toEqual(['boundary-removed']);
  });

  it('reports a line moved from one article into another as text moved, with the boundaries it makes', () => {
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 3), part(5)]),
      art('a2', [part(7, 10)]),
      art('a3', [part(12, 14), part(4)]),
    ];
    const d = diffWith(result);
    expect(structural(d.changes)).toEqual(['boundary-added', 'text-moved', 'boundary-added']);
    expect(only(d.changes, 'text-moved')).toMatchObject({
      proposalIds: ['a1'],
      resultIds: ['a3'],
      at: { start: lineStart(4), end: lineStart(5) - 1, line: 4 },
      params: { lines: 1 },
    });
  });

  it('sorts changes by their place in the source', () => {
    const result = proposal();
    result.articles = [art('a1', [part(2, 4)]), art('a2', [part(7, 14)])];
    result.unassigned = [furniture(0, 'page-header'), furniture(5, null), furniture(15, 'credit')];
    const d = diffWith(result);
    expect(structural(d.changes)).toEqual(['text-unassigned', 'merge']);
    const starts = d.changes.map((c) => c.at.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});
