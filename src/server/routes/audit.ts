import { auditQuerySchema } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { notFound, parseWith } from '../errors.ts';
import { param } from '../http.ts';
import { listAudit } from '../services/audit.ts';
import { dashboardStats } from '../services/stats.ts';

const historyQuerySchema = auditQuerySchema.pick({ page: true, pageSize: true });

export function auditRoutes({ db, config }: AppDeps) {
  return {
    async auditLog(c: Ctx) {
      const query = parseWith(auditQuerySchema, c.req.query(), 'query');
      return c.json(await listAudit(db, { ...query, order: 'desc' }));
    },

    async issueHistory(c: Ctx) {
      const issueId = param(c, 'id');
      const query = parseWith(historyQuerySchema, c.req.query(), 'query');
      const issue = await db.selectFrom('issues').select('id').where('id', '=', issueId).executeTakeFirst();
      if (!issue) throw notFound('no such issue');
      return c.json(await listAudit(db, { ...query, issueId, order: 'asc' }));
    },

    async stats(c: Ctx) {
      return c.json(await dashboardStats(db, config.now()));
    },
  };
}
