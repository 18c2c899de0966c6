import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditListResponseSchema, type AuditQuery } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { reviewKeys } from './keys.ts';

export const AUDIT_PAGE_SIZE = 100;

export function fetchAudit(query: AuditQuery, signal?: AbortSignal) {
  return apiJson('/api/audit', auditListResponseSchema, { query: { ...query }, signal });
}

export function auditQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: reviewKeys.audit(query),
    queryFn: ({ signal }) => fetchAudit(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(query: AuditQuery) {
  return useQuery(auditQueryOptions(query));
}
