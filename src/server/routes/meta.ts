import { sql } from 'kysely';
import type { AppDeps, Ctx } from '../context.ts';
import { openApiDocument } from '../openapi.ts';

export function metaRoutes({ db, dialect }: AppDeps) {
  return {
    async health(c: Ctx) {
      let ok = true;
      try {
        await sql`select 1`.execute(db);
      } catch {
        ok = false;
      }
      return c.json({ ok, db: dialect, version: process.env.npm_package_version ?? '0.1.0' }, ok ? 200 : 503);
    },
    openapi(c: Ctx) {
      return c.json(openApiDocument());
    },
  };
}
