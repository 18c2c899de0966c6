import { describe, expect, it } from 'vitest';
import { diffDocs } from '../../../../core/diff/index.ts';
import type { Change } from '../../../../core/diff/index.ts';
import { art, ISSUE, part, proposal } from '../../../../core/diff/issue.testutil.ts';
import type { Doc } from '../../../../core/model.ts';
import { reviewEn } from '../i18n.ts';
import { articleNumbers, describeChange, isFieldChange } from './describeChange.ts';
import type { Words } from './describeChange.ts';

const words: Words = {
  role: (role) => role ?? 'none',
  label: (label) => label ?? 'furniture',
  list: (items) => items.join(', '),
};

function describeAll(result: Doc) {
  const before = proposal();
  const diff = diffDocs(before, result, ISSUE);
  const numbering = { proposal: articleNumbers(before), result: articleNumbers(result) };
  return diff.changes.map((c) => ({ change: c, message: describeChange(c, numbering, words) }));
}

/** The English sentence, filled the way i18next fills it. */
function english(message: { key: string; values: Record<string, string | number> }): string {
  const template = message.key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], reviewEn) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(message.values[k]));
}

describe('describeChange', () => {
  it('says a boundary dragged two lines up moved up, naming the article by its reading-order number', () => {
    const result = proposal();
    result.articles = [art('a1', [part(2, 5)]), art('a2', [part(7, 9)]), art('a3', [part(10, 14)])];
    const [first] = describeAll(result);
    expect(first?.change.kind).toBe('boundary-moved');
    expect(english(first!.message)).toMatch(/^Boundary of article 3 moved up 2 lines \(\d+ characters\)$/);
  });

  it('says a boundary moved down when the article now starts later', () => {
    const result = proposal();
    result.articles = [art('a1', [part(2, 8)]), art('a2', [part(9, 10)]), art('a3', [part(12, 14)])];
    const moved = describeAll(result).find((d) => d.change.kind === 'boundary-moved');
    expect(moved && english(moved.message)).toMatch(/^Boundary of article 2 moved down 2 lines/);
  });

  it('names the articles a proposal article was split into', () => {
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 8)]),
      art('a4', [part(9, 10)]),
      art('a3', [part(12, 14)]),
    ];
    const split = describeAll(result).find((d) => d.change.kind === 'split');
    expect(split && english(split.message)).toBe('Article 2 of the proposal split into 2 articles (2, 3)');
  });

  it('reports a headline typed over as an edit of that article carrying the character diff', () => {
    const result = proposal();
    result.articles = [
      art('a1', [part(2, 5)]),
      art('a2', [part(7, 10)], { headline: '我市对月饼开展“体检”' }),
      art('a3', [part(12, 14)]),
    ];
    const edit = describeAll(result).find((d) => d.change.kind === 'headline-changed');
    expect(edit && english(edit.message)).toBe('Headline of article 2 edited');
    expect(edit && isFieldChange(edit.change)).toBe(true);
    const ops = edit && isFieldChange(edit.change) ? edit.change.text : [];
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text)).toEqual(['“', '”']);
  });

  it('translates roles through the words it is given', () => {
    const change: Change = {
      kind: 'role-changed',
      proposalIds: ['a1'],
      resultIds: ['a1'],
      at: { start: 0, end: 5, line: 0 },
      params: { chars: 5, lines: 1, from: 'body', to: null },
    };
    const numbering = { proposal: new Map([['a1', 1]]), result: new Map([['a1', 1]]) };
    expect(english(describeChange(change, numbering, words))).toBe(
      'Article 1: 5 characters changed from body to none',
    );
  });

  it('falls back to the article id when the article is not in the numbering', () => {
    const change: Change = {
      kind: 'boundary-added',
      proposalIds: [],
      resultIds: ['a9'],
      at: { start: 0, end: 0, line: 0 },
      params: { offset: 0 },
    };
    const message = describeChange(change, { proposal: new Map(), result: new Map() }, words);
    expect(message.values.article).toBe('a9');
  });

  it('counts reading-order positions from 1', () => {
    const change: Change = {
      kind: 'article-moved',
      proposalIds: ['a2'],
      resultIds: ['a2'],
      at: { start: 0, end: 0, line: 0 },
      params: { from: 1, to: 0 },
    };
    const numbering = { proposal: new Map([['a2', 2]]), result: new Map([['a2', 1]]) };
    expect(english(describeChange(change, numbering, words))).toBe(
      'Article 1 moved in reading order from position 2 to 1',
    );
  });
});
