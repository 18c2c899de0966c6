import type { Article, Doc, FieldOverrides, IssueMeta, Part, Status } from '../model.ts';
import { splitLines } from '../ops/spans.ts';
import type { SourceText } from '../text.ts';
import { OVERRIDE_FIELDS } from './schema.ts';
import type { ExportArticle, GalleyExport, OverrideField } from './schema.ts';

/**
 * The document an export describes. An export Galley wrote comes back exactly (the extension
 * fields carry roles, cues, confirmation, links and overrides). For an export written by another
 * tool, without extensions: every line becomes 'body' (when `src` is given), boundaries are
 * unconfirmed with no cues, and all five text fields are taken as editor overrides so nothing typed
 * in the file is lost.
 */
export function fromExport(e: GalleyExport, src?: SourceText): Doc {
  return {
    articles: e.articles.map((a) => importArticle(a, src)),
    unassigned: e.unassigned.map((u) => ({ start: u.start, end: u.end, label: u.label })),
  };
}

function importArticle(a: ExportArticle, src: SourceText | undefined): Article {
  const parts: Part[] = a.spans.map((s) =>
    s.link
      ? { start: s.start, end: s.end, link: { confidence: s.link.confidence, cues: [...s.link.cues] } }
      : { start: s.start, end: s.end },
  );
  const roles = a.roles
    ? a.roles.map((r) => ({ start: r.start, end: r.end, role: r.role }))
    : src
      ? parts.flatMap((p) => splitLines(src, p).map((l) => ({ ...l, role: 'body' as const })))
      : [];
  return {
    id: a.id,
    parts,
    roles,
    boundary: { confidence: a.confidence, cues: [...(a.cues ?? [])], confirmed: a.confirmed ?? false },
    fields: importOverrides(a, a.overrides ?? OVERRIDE_FIELDS),
  };
}

function importOverrides(a: ExportArticle, keys: readonly OverrideField[]): FieldOverrides {
  const fields: FieldOverrides = {};
  for (const k of keys) {
    if (k === 'kicker') fields.kicker = a.kicker;
    else if (k === 'headline') fields.headline = a.headline;
    else if (k === 'subheadlines') fields.subheadlines = [...a.subheadlines];
    else if (k === 'byline') fields.byline = a.byline;
    else fields.reporters = a.reporters.map((r) => ({ name: r.name, role: r.role }));
  }
  return fields;
}

/** The issue metadata and status an export carries. */
export function issueFromExport(e: GalleyExport): { meta: IssueMeta; status: Status } {
  const { id, publication, date, edition, source } = e.issue;
  return { meta: { id, publication, date, edition, source: { ...source } }, status: e.status };
}
