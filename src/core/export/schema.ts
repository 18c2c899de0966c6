/**
 * The versioned export contract, `galley.export/1`. docs/export-format.md explains every field and
 * the versioning rules; docs/export-schema.json is generated from this schema.
 */
import { z } from 'zod';
import { ROLES } from '../model.ts';

export const EXPORT_SCHEMA = 'galley.export/1';
export const EXPORT_STATUSES = ['proposed', 'draft', 'submitted', 'approved'] as const;
/** The fields an editor can type over; `overrides` lists which of them they did. */
export const OVERRIDE_FIELDS = ['kicker', 'headline', 'subheadlines', 'byline', 'reporters'] as const;

const offset = z.number().int().min(0);
const confidence = z.number().min(0).max(1);
const cues = z.array(z.string()).describe('Why the segmenter (or an editor: "manual") believes it.');

export const linkSchema = z
  .object({ confidence, cues })
  .describe('How this span joined the article as a continuation (extension).');

export const spanSchema = z.object({
  start: offset.describe('First code point, inclusive.'),
  end: offset.describe('Code point after the last one (exclusive).'),
  link: linkSchema.optional(),
});

export const roleSpanSchema = z.object({ start: offset, end: offset, role: z.enum(ROLES) });

export const reporterSchema = z.object({
  name: z.string(),
  role: z.string().nullable().describe('记者, 全媒体记者, 通讯员, … or null when unknown.'),
});

export const exportArticleSchema = z.object({
  id: z.string().min(1).describe('Stable within the issue: a1, a2, …'),
  kicker: z.string().nullable(),
  headline: z.string(),
  subheadlines: z.array(z.string()),
  byline: z.string().nullable().describe('Verbatim, as printed.'),
  reporters: z.array(reporterSchema),
  paragraphs: z.array(z.string()).describe('Clean body paragraphs, repaired across layout breaks.'),
  spans: z.array(spanSchema).min(1).describe('The text of the article in reading order.'),
  confidence: confidence.describe(
    "The segmenter's confidence in the boundary before the first span; 1 when an editor made or confirmed it.",
  ),
  flags: z.array(z.string()).describe('What a reviewer should look at.'),
  roles: z
    .array(roleSpanSchema)
    .optional()
    .describe('Extension: the role of every line or line fragment, sorted by start.'),
  cues: cues.optional().describe('Extension: the cues behind the boundary before the first span.'),
  confirmed: z.boolean().optional().describe('Extension: an editor confirmed the boundary.'),
  overrides: z
    .array(z.enum(OVERRIDE_FIELDS))
    .optional()
    .describe('Extension: which of the fields an editor typed rather than had derived from the roles.'),
});

export const unassignedSchema = z.object({
  start: offset,
  end: offset,
  label: z
    .string()
    .nullable()
    .describe('page-header, column-name, credit, ad, noise, masthead, interface, or null.'),
  text: z.string().describe('Exactly the source text of [start, end).'),
});

export const approvalSchema = z.object({
  approvedBy: z.string(),
  approvedAt: z.string().describe('ISO 8601 timestamp.'),
  editors: z.array(z.string()).optional().describe('Who edited the approved revision.'),
});

export const issueSchema = z.object({
  id: z.string(),
  publication: z.string().nullable(),
  date: z.iso.date().nullable(),
  edition: z.string().nullable(),
  source: z.object({
    filename: z.string(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('Lower-case hex sha256 of the normalised text encoded as UTF-8.'),
    encoding: z.string().describe('WHATWG label of the encoding the raw file was decoded from.'),
    length: offset.describe('Length of the normalised text in code points.'),
  }),
  offsets: z.literal('unicode-code-points'),
});

export const exportSchema = z
  .object({
    schema: z.literal(EXPORT_SCHEMA),
    issue: issueSchema,
    status: z.enum(EXPORT_STATUSES),
    approval: approvalSchema.optional(),
    articles: z.array(exportArticleSchema).describe('In reading order.'),
    unassigned: z.array(unassignedSchema).describe('Page furniture, sorted by start.'),
  })
  .meta({
    title: 'Galley export',
    description:
      'One newspaper issue segmented into articles. Offsets are Unicode code points into the normalised text.',
  });

export type GalleyExport = z.infer<typeof exportSchema>;
export type ExportArticle = z.infer<typeof exportArticleSchema>;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
export type Approval = z.infer<typeof approvalSchema>;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

/** The JSON Schema of the export, as committed in docs/export-schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  // 'input' leaves out additionalProperties: false, so readers of /1 accept fields added later.
  return z.toJSONSchema(exportSchema, { io: 'input' }) as Record<string, unknown>;
}

export function exportJsonSchemaText(): string {
  return JSON.stringify(exportJsonSchema(), null, 2) + '\n';
}
