import { describe, expect, it } from 'vitest';
import { auditSearchString, parseAuditSearch } from './auditSearch.ts';

describe('audit filters in the URL', () => {
  it('round-trip through the query string', () => {
    const filters = { issueId: 'iss_1', userId: 'u_2', action: 'approve' as const, page: 3 };
    expect(parseAuditSearch(auditSearchString(filters))).toEqual(filters);
  });

  it('leave defaults out, so the unfiltered log is plain /audit', () => {
    expect(auditSearchString({ issueId: '', userId: '', action: null, page: 1 })).toBe('');
  });

  it('drop an unknown action or a nonsense page instead of failing', () => {
    expect(parseAuditSearch('action=delete-everything&page=-2')).toEqual({
      issueId: '',
      userId: '',
      action: null,
      page: 1,
    });
  });
});
