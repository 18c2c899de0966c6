/** Building the export: the same pure function in the worker and, where workers are missing, inline. */
import type { IssueDetail, IssueStatus } from '../../../../api/contract.ts';
import { toExport } from '../../../../core/export/index.ts';
import type { GalleyExport } from '../../../../core/export/index.ts';
import type { Doc, IssueMeta, Status } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';

/** Mirrors the server's export: work in progress and sent-back issues are both drafts. */
const EXPORT_STATUS: Record<IssueStatus, Status> = {
  proposed: 'proposed',
  in_progress: 'draft',
  changes_requested: 'draft',
  submitted: 'submitted',
  approved: 'approved',
};

export interface ExportInput {
  meta: IssueMeta;
  status: Status;
}

export function exportInput(issue: IssueDetail): ExportInput {
  return {
    meta: {
      id: issue.id,
      publication: issue.publication,
      date: issue.date,
      edition: issue.edition,
      source: { ...issue.source },
    },
    // An issue being edited is a draft, even if the server still calls it a proposal.
    status: issue.status === 'proposed' ? 'draft' : EXPORT_STATUS[issue.status],
  };
}

export function buildExport(doc: Doc, src: SourceText, input: ExportInput): GalleyExport {
  return toExport(doc, src, input.meta, input.status);
}
