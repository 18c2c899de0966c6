/** The audit page's filters as URL state, so a filtered log can be linked to (from an issue, say). */
import { AUDIT_ACTIONS, type AuditAction } from '../../../../api/contract.ts';

export interface AuditFilters {
  issueId: string;
  userId: string;
  action: AuditAction | null;
  page: number;
}

export function parseAuditSearch(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  const action = params.get('action');
  const page = Number(params.get('page'));
  return {
    issueId: params.get('issue') ?? '',
    userId: params.get('user') ?? '',
    action:
      action !== null && (AUDIT_ACTIONS as readonly string[]).includes(action)
        ? (action as AuditAction)
        : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function auditSearchString(filters: AuditFilters): string {
  const params = new URLSearchParams();
  if (filters.issueId) params.set('issue', filters.issueId);
  if (filters.userId) params.set('user', filters.userId);
  if (filters.action) params.set('action', filters.action);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params.toString();
}
