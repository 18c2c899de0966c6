/** Query keys of the review resources, in one place so a decision can invalidate everything it touches. */
import type { AuditQuery } from '../../../../api/contract.ts';

export const reviewKeys = {
  all: ['review'] as const,
  queue: () => [...reviewKeys.all, 'queue'] as const,
  count: () => [...reviewKeys.all, 'count'] as const,
  issue: (id: string) => [...reviewKeys.all, 'issue', id] as const,
  comments: (id: string) => [...reviewKeys.all, 'comments', id] as const,
  exports: (id: string) => [...reviewKeys.all, 'exports', id] as const,
  history: (id: string) => [...reviewKeys.all, 'history', id] as const,
  audit: (query: AuditQuery) => [...reviewKeys.all, 'audit', query] as const,
  stats: () => [...reviewKeys.all, 'stats'] as const,
};

export const issuePath = (id: string) => `/api/issues/${encodeURIComponent(id)}`;
