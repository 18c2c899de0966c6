/** Reading the server's refusals of a decision into what the review screen shows. */
import { isApiError } from '../../../api/client.ts';

/** The readable list of what stops an approval (422 `approval-blocked`), or null for any other failure. */
export function approvalBlockers(error: unknown): string[] | null {
  if (!isApiError(error) || error.code !== 'approval-blocked') return null;
  const details = error.details;
  if (!Array.isArray(details)) return [];
  return details.map((d) => (typeof d === 'string' ? d : JSON.stringify(d)));
}

export function isSelfApproval(error: unknown): boolean {
  return isApiError(error) && error.code === 'self-approval';
}
