import { queryOptions, useQuery } from '@tanstack/react-query';
import { approvedExportListResponseSchema } from '../../../../api/contract.ts';
import type { ApprovedExport } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { issuePath, reviewKeys } from './keys.ts';

export async function fetchApprovedExports(id: string, signal?: AbortSignal): Promise<ApprovedExport[]> {
  return (await apiJson(`${issuePath(id)}/exports`, approvedExportListResponseSchema, { signal })).items;
}

export function approvedExportsQueryOptions(id: string) {
  return queryOptions({
    queryKey: reviewKeys.exports(id),
    queryFn: ({ signal }) => fetchApprovedExports(id, signal),
  });
}

export function useApprovedExports(id: string) {
  return useQuery(approvedExportsQueryOptions(id));
}

/** A plain link target: the server answers with the frozen bytes as an attachment. */
export function approvedExportUrl(id: string, version: number): string {
  return `${issuePath(id)}/exports/${version}`;
}
