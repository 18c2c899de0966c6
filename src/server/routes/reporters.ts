import { reporterListQuerySchema } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { parseWith } from '../errors.ts';
import { listReporters } from '../services/reporters.ts';

export function reporterRoutes({ db }: AppDeps) {
  return {
    async listReporters(c: Ctx) {
      const query = parseWith(reporterListQuerySchema, c.req.query(), 'query');
      return c.json({ items: await listReporters(db, query) });
    },
  };
}
