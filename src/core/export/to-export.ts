import { deriveArticle } from '../derive.ts';
import type { Article, Doc, IssueMeta, Status } from '../model.ts';
import type { SourceText } from '../text.ts';
import { EXPORT_SCHEMA, OVERRIDE_FIELDS } from './schema.ts';
import type { Approval, ExportArticle, GalleyExport } from './schema.ts';

export interface ExportExtra {
  /** Who approved the revision, for an approved export. */
  approval?: Approval;
}

/** The document as a `galley.export/1` object (plain JSON data; `JSON.stringify` it to write it). */
export function toExport(
  doc: Doc,
  src: SourceText,
  meta: IssueMeta,
  status: Status,
  extra: ExportExtra = {},
): GalleyExport {
  const out: GalleyExport = {
    schema: EXPORT_SCHEMA,
    issue: {
      id: meta.id,
      publication: meta.publication,
      date: meta.date,
      edition: meta.edition,
      source: {
        filename: meta.source.filename,
        sha256: meta.source.sha256,
        encoding: meta.source.encoding,
        length: meta.source.length,
      },
      offsets: 'unicode-code-points',
    },
    status,
    articles: doc.articles.map((a) => exportArticle(a, src)),
    unassigned: doc.unassigned.map((u) => ({
      start: u.start,
      end: u.end,
      label: u.label,
      text: src.slice(u.start, u.end),
    })),
  };
  if (extra.approval) {
    const { approvedBy, approvedAt, editors } = extra.approval;
    return {
      ...out,
      approval: editors ? { approvedBy, approvedAt, editors: [...editors] } : { approvedBy, approvedAt },
    };
  }
  return out;
}

function exportArticle(a: Article, src: SourceText): ExportArticle {
  const d = deriveArticle(a, src);
  const f = a.fields;
  // Overridden values are written from the document itself, so that import restores them exactly.
  return {
    id: a.id,
    kicker: f.kicker !== undefined ? f.kicker : d.kicker,
    headline: f.headline !== undefined ? f.headline : d.headline,
    subheadlines: [...(f.subheadlines ?? d.subheadlines)],
    byline: f.byline !== undefined ? f.byline : d.byline,
    reporters: (f.reporters ?? d.reporters).map((r) => ({ name: r.name, role: r.role })),
    paragraphs: d.paragraphs,
    spans: a.parts.map((p) =>
      p.link
        ? { start: p.start, end: p.end, link: { confidence: p.link.confidence, cues: [...p.link.cues] } }
        : { start: p.start, end: p.end },
    ),
    confidence: a.boundary.confidence,
    flags: d.flags,
    roles: a.roles.map((r) => ({ start: r.start, end: r.end, role: r.role })),
    cues: [...a.boundary.cues],
    confirmed: a.boundary.confirmed,
    overrides: OVERRIDE_FIELDS.filter((k) => f[k] !== undefined),
  };
}
