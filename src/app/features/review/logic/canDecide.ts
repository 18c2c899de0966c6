import { ROLE_RANK, type User } from '../../../../api/contract.ts';

/** Supervisors and admins approve, request changes and reopen; the header shows them the review links. */
export function canDecide(user: User): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK.supervisor;
}
