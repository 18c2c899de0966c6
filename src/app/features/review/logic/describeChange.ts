/**
 * What a supervisor reads for one difference: a message key of the review namespace and its values.
 * Pure, so the wording rules (which article number, which direction) are tested without React.
 */
import type { Change } from '../../../../core/diff/index.ts';
import type { Doc, Role } from '../../../../core/model.ts';
import type { ReviewKey } from '../i18n.ts';

export interface ChangeMessage {
  key: ReviewKey;
  values: Record<string, string | number>;
}

/** 1-based reading-order numbers of a document's articles, by id. */
export function articleNumbers(doc: Doc): Map<string, number> {
  return new Map(doc.articles.map((a, i) => [a.id, i + 1]));
}

export interface Numbering {
  proposal: Map<string, number>;
  result: Map<string, number>;
}

/** The localised words a message needs filled in; passed in so this stays free of i18next. */
export interface Words {
  role: (role: Role | null) => string;
  label: (label: string | null) => string;
  list: (items: string[]) => string;
}

function numberOf(numbers: Map<string, number>, id: string | undefined): string {
  if (id === undefined) return '?';
  const n = numbers.get(id);
  return n === undefined ? id : String(n);
}

export function describeChange(change: Change, numbering: Numbering, words: Words): ChangeMessage {
  const article = numberOf(numbering.result, change.resultIds[0]);
  const proposal = numberOf(numbering.proposal, change.proposalIds[0]);
  const key = (
    k:
      | Change['kind']
      | 'boundary-moved-down'
      | 'boundary-moved-up'
      | 'boundary-moved-later'
      | 'boundary-moved-earlier',
  ) => `changes.kind.${k}` as ReviewKey;
  switch (change.kind) {
    case 'boundary-moved': {
      const { lines, chars } = change.params;
      const sameLine = lines === 0;
      const later = sameLine ? chars > 0 : lines > 0;
      const k = sameLine
        ? later
          ? 'boundary-moved-later'
          : 'boundary-moved-earlier'
        : later
          ? 'boundary-moved-down'
          : 'boundary-moved-up';
      return { key: key(k), values: { article, lines: Math.abs(lines), chars: Math.abs(chars) } };
    }
    case 'boundary-added':
      return { key: key(change.kind), values: { article } };
    case 'boundary-removed':
      return { key: key(change.kind), values: { proposal } };
    case 'split':
      return {
        key: key(change.kind),
        values: {
          proposal,
          count: change.params.articles,
          articles: words.list(change.resultIds.map((id) => numberOf(numbering.result, id))),
        },
      };
    case 'merge':
      return {
        key: key(change.kind),
        values: {
          article,
          count: change.params.articles,
          proposals: words.list(change.proposalIds.map((id) => numberOf(numbering.proposal, id))),
        },
      };
    case 'continuation-linked':
    case 'continuation-unlinked':
    case 'text-moved':
      return { key: key(change.kind), values: { article, proposal, chars: change.params.chars } };
    case 'role-changed':
      return {
        key: key(change.kind),
        values: {
          article,
          chars: change.params.chars,
          from: words.role(change.params.from),
          to: words.role(change.params.to),
        },
      };
    case 'kicker-changed':
    case 'headline-changed':
    case 'subheadlines-changed':
    case 'byline-changed':
      return { key: key(change.kind), values: { article } };
    case 'reporter-added':
    case 'reporter-removed':
      return { key: key(change.kind), values: { article, name: change.params.name } };
    case 'reporter-role-changed':
      return {
        key: key(change.kind),
        values: {
          article,
          name: change.params.name,
          from: change.params.from ?? words.role(null),
          to: change.params.to ?? words.role(null),
        },
      };
    case 'text-unassigned':
    case 'text-assigned':
      return {
        key: key(change.kind),
        values: { article, proposal, chars: change.params.chars, label: words.label(change.params.label) },
      };
    case 'article-moved':
      return {
        key: key(change.kind),
        values: { article, from: change.params.from + 1, to: change.params.to + 1 },
      };
    default: {
      const unknown: { kind: string } = change;
      return { key: 'changes.kind.unknown', values: { kind: unknown.kind } };
    }
  }
}

/** Whether the change carries a character diff of a field to show inline. */
export function isFieldChange(
  change: Change,
): change is Extract<
  Change,
  { kind: 'kicker-changed' | 'headline-changed' | 'subheadlines-changed' | 'byline-changed' }
> {
  return (
    change.kind === 'kicker-changed' ||
    change.kind === 'headline-changed' ||
    change.kind === 'subheadlines-changed' ||
    change.kind === 'byline-changed'
  );
}
