import {
  approveRequestSchema,
  reopenRequestSchema,
  requestChangesRequestSchema,
} from '../../api/contract.ts';
import type { ApproveResponse, TransitionResponse } from '../../api/contract.ts';
import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { readJson } from '../errors.ts';
import { auditSource, param, readOptionalJson } from '../http.ts';
import { getIssueDetail } from '../services/library.ts';
import { reviewCount, reviewData, reviewQueue } from '../services/review.ts';
import { approveIssue, reopenIssue, requestChanges } from '../services/status.ts';

export function reviewRoutes({ db, config }: AppDeps) {
  const acting = (c: Ctx) => ({
    issueId: param(c, 'id'),
    user: currentUser(c),
    source: auditSource(c, config),
    now: config.now(),
  });

  return {
    async approveIssue(c: Ctx) {
      const { note } = await readOptionalJson(c, approveRequestSchema);
      const input = acting(c);
      const result = await approveIssue(db, {
        ...input,
        note,
        forbidSelfApproval: config.forbidSelfApproval,
      });
      const body: ApproveResponse = {
        issue: await getIssueDetail(db, input.issueId, config.now()),
        comment: result.comment,
        export: result.export,
      };
      return c.json(body);
    },

    async requestChanges(c: Ctx) {
      const body = await readJson(c, requestChangesRequestSchema);
      const input = acting(c);
      const comment = await requestChanges(db, { ...input, ...body });
      const res: TransitionResponse = {
        issue: await getIssueDetail(db, input.issueId, config.now()),
        comment,
      };
      return c.json(res);
    },

    async reopenIssue(c: Ctx) {
      const { reason } = await readJson(c, reopenRequestSchema);
      const input = acting(c);
      const comment = await reopenIssue(db, { ...input, reason });
      const res: TransitionResponse = {
        issue: await getIssueDetail(db, input.issueId, config.now()),
        comment,
      };
      return c.json(res);
    },

    async reviewQueue(c: Ctx) {
      return c.json({ items: await reviewQueue(db, config.now()) });
    },

    async reviewCount(c: Ctx) {
      return c.json({ submitted: await reviewCount(db) });
    },

    async getReview(c: Ctx) {
      return c.json(await reviewData(db, param(c, 'id'), config.now()));
    },
  };
}
