import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { importResponseSchema, type ImportFileResult } from '../../api/contract.ts';
import { ApiError, apiUpload, CLIENT_CODES } from './client.ts';
import { issueKeys, patchIssue } from './issues.ts';

export const IMPORT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

export interface ImportFileOptions {
  /** A WHATWG label to force instead of detection. */
  encoding?: string | null;
  dryRun?: boolean;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** Sends one file per request, so each file has its own progress, encoding and result. */
export async function importFile(file: File, options: ImportFileOptions = {}): Promise<ImportFileResult> {
  const form = new FormData();
  form.append('files', file, file.name);
  if (options.encoding) form.append('encoding', options.encoding);
  if (options.dryRun) form.append('dryRun', '1');
  const response = await apiUpload('/api/issues/import', form, importResponseSchema, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  const result = response.results[0];
  if (!result) throw new ApiError(200, CLIENT_CODES.badResponse, 'The import answered without a result');
  return result;
}

export const importKeys = {
  preview: (fileKey: string, encoding: string | null) =>
    ['imports', 'preview', fileKey, encoding ?? 'auto'] as const,
};

/**
 * The dry run: detected encoding, the first lines and the metadata read from the file name.
 * `fileKey` names the file in the cache, since a File object cannot be part of a query key.
 */
export function importPreviewQueryOptions(fileKey: string, file: File, encoding: string | null) {
  return queryOptions({
    queryKey: importKeys.preview(fileKey, encoding),
    queryFn: ({ signal }) => importFile(file, { encoding, dryRun: true, signal }),
    staleTime: Infinity,
    retry: false,
  });
}

/** What the user typed over the metadata read from the file name; an absent key keeps the server's. */
export interface MetadataOverrides {
  publication?: string | null;
  date?: string | null;
  edition?: string | null;
}

export interface ImportVariables {
  /** The dialog's id for the file, so each row can find its own mutation. */
  entryId: string;
  file: File;
  encoding: string | null;
  overrides: MetadataOverrides;
  onProgress?: (loaded: number, total: number) => void;
}

export interface ImportOutcome {
  result: ImportFileResult;
  /** The issue was imported but correcting its metadata failed. */
  metadataError: unknown;
}

export async function importWithOverrides(variables: ImportVariables): Promise<ImportOutcome> {
  const { file, encoding, overrides, onProgress } = variables;
  const result = await importFile(file, { encoding, onProgress });
  let metadataError: unknown = null;
  if (result.status === 'imported' && result.issueId && Object.keys(overrides).length > 0) {
    try {
      await patchIssue(result.issueId, overrides);
    } catch (error) {
      metadataError = error;
    }
  }
  return { result, metadataError };
}

export const importMutationKey = ['imports', 'run'] as const;

export function useImportFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: importMutationKey,
    mutationFn: importWithOverrides,
    onSettled: () => queryClient.invalidateQueries({ queryKey: issueKeys.lists() }),
  });
}
