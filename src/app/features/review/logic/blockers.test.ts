import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse } from '../../../api/client.ts';
import { approvalBlockers, isSelfApproval } from './blockers.ts';

describe('approvalBlockers', () => {
  it('reads the blockers a 422 approval-blocked answer lists', () => {
    const error = errorFromResponse(
      422,
      JSON.stringify({
        error: {
          code: 'approval-blocked',
          message: 'cannot approve',
          details: ['article 7 has no headline', 'line 12 belongs to nothing'],
        },
      }),
      null,
    );
    expect(approvalBlockers(error)).toEqual(['article 7 has no headline', 'line 12 belongs to nothing']);
  });

  it('is null for any other failure, so the generic error message shows instead', () => {
    expect(approvalBlockers(new ApiError(409, 'invalid-transition', 'no'))).toBeNull();
    expect(approvalBlockers(new Error('boom'))).toBeNull();
  });

  it('tells a self-approval refusal apart', () => {
    expect(isSelfApproval(new ApiError(403, 'self-approval', 'no'))).toBe(true);
    expect(isSelfApproval(new ApiError(403, 'forbidden', 'no'))).toBe(false);
  });
});
