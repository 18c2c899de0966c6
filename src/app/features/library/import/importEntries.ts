import { MAX_IMPORT_FILE_BYTES, type ImportFileResult } from '../../../../api/contract.ts';
import { ApiError } from '../../../api/client.ts';
import type { ImportOutcome, MetadataOverrides } from '../../../api/imports.ts';

/** A file the user chose, with what they set for it; results live in react-query, not here. */
export interface ImportEntry {
  id: string;
  file: File;
  /** The encoding the user forced, or null to let the server detect it. */
  encoding: string | null;
  overrides: MetadataOverrides;
  /** Refused before any upload: the server would only say the same after receiving the bytes. */
  rejection: 'too-large' | 'not-txt' | null;
}

export function isTxtName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

export function makeEntry(file: File, id: string): ImportEntry {
  let rejection: ImportEntry['rejection'] = null;
  if (!isTxtName(file.name)) rejection = 'not-txt';
  else if (file.size > MAX_IMPORT_FILE_BYTES) rejection = 'too-large';
  return { id, file, encoding: null, overrides: {}, rejection };
}

/** The metadata shown for a file: what the user typed, else what the server read from the file name. */
export function shownMetadata(
  overrides: MetadataOverrides,
  preview: ImportFileResult | undefined,
): { publication: string; date: string; edition: string } {
  const pick = (key: keyof MetadataOverrides) => (key in overrides ? overrides[key] : preview?.[key]) ?? '';
  return { publication: pick('publication'), date: pick('date'), edition: pick('edition') };
}

/** An edited field: empty means "none" (null), a value that equals the server's reading is no override. */
export function setOverride(
  overrides: MetadataOverrides,
  key: keyof MetadataOverrides,
  value: string,
  preview: ImportFileResult | undefined,
): MetadataOverrides {
  const next = { ...overrides };
  const normalised = value.trim() === '' ? null : value;
  if (normalised === (preview?.[key] ?? null)) delete next[key];
  else next[key] = normalised;
  return next;
}

/** What react-query knows about one request, reduced to what the row needs. */
export interface RequestState<T> {
  status: 'idle' | 'pending' | 'success' | 'error';
  data?: T;
  error?: unknown;
}

export type RowPhase =
  | { kind: 'rejected'; reason: 'too-large' | 'not-txt' }
  | { kind: 'previewing' }
  | { kind: 'ready'; preview: ImportFileResult }
  | { kind: 'duplicate'; issueId: string | null }
  | { kind: 'failed'; error: unknown; retryable: boolean }
  | { kind: 'uploading'; percent: number }
  | { kind: 'processing' }
  | { kind: 'imported'; issueId: string | null; metadataError: unknown };

function resultPhase(result: ImportFileResult): RowPhase | null {
  if (result.status === 'duplicate') return { kind: 'duplicate', issueId: result.issueId ?? null };
  if (result.status === 'error') {
    const code = result.error?.code ?? 'internal';
    return {
      kind: 'failed',
      error: new ApiError(200, code, result.error?.message ?? code),
      retryable: false,
    };
  }
  return null;
}

/** Where a file stands, from its rejection, its dry run and its import (the later wins). */
export function rowPhase(
  entry: ImportEntry,
  preview: RequestState<ImportFileResult>,
  run: RequestState<ImportOutcome> | undefined,
  uploadedFraction: number | undefined,
): RowPhase {
  if (entry.rejection) return { kind: 'rejected', reason: entry.rejection };
  if (run && run.status !== 'idle') {
    if (run.status === 'pending') {
      const fraction = uploadedFraction ?? 0;
      return fraction >= 1
        ? { kind: 'processing' }
        : { kind: 'uploading', percent: Math.floor(fraction * 100) };
    }
    if (run.status === 'error') return { kind: 'failed', error: run.error, retryable: true };
    const outcome = run.data;
    if (!outcome) return { kind: 'processing' };
    return (
      resultPhase(outcome.result) ?? {
        kind: 'imported',
        issueId: outcome.result.issueId ?? null,
        metadataError: outcome.metadataError,
      }
    );
  }
  if (preview.status === 'pending' || preview.status === 'idle') return { kind: 'previewing' };
  if (preview.status === 'error') return { kind: 'failed', error: preview.error, retryable: true };
  if (!preview.data) return { kind: 'previewing' };
  return resultPhase(preview.data) ?? { kind: 'ready', preview: preview.data };
}

export interface ImportSummary {
  ready: number;
  imported: number;
  duplicates: number;
  failed: number;
  busy: number;
}

export function summarise(phases: RowPhase[]): ImportSummary {
  const summary: ImportSummary = { ready: 0, imported: 0, duplicates: 0, failed: 0, busy: 0 };
  for (const phase of phases) {
    if (phase.kind === 'ready') summary.ready += 1;
    else if (phase.kind === 'imported') summary.imported += 1;
    else if (phase.kind === 'duplicate') summary.duplicates += 1;
    else if (phase.kind === 'failed' || phase.kind === 'rejected') summary.failed += 1;
    else summary.busy += 1;
  }
  return summary;
}
