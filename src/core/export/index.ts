export { toExport } from './to-export.ts';
export type { ExportExtra } from './to-export.ts';
export { fromExport, issueFromExport } from './from-export.ts';
export { parseExport, validateExport } from './validate.ts';
export type { ExportCheck } from './validate.ts';
export {
  EXPORT_SCHEMA,
  EXPORT_STATUSES,
  OVERRIDE_FIELDS,
  exportSchema,
  exportJsonSchema,
  exportJsonSchemaText,
} from './schema.ts';
export type { Approval, ExportArticle, ExportStatus, GalleyExport, OverrideField } from './schema.ts';
