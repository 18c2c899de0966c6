import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_RANK, ROUTES } from '../../api/contract.ts';
import type { MinRole } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { recordFigures } from '../reliability/figures.ts';

const CALLERS: MinRole[] = ['anonymous', 'editor', 'supervisor', 'admin'];

describe.each(backends)('route access on $name', (backend) => {
  let h: Harness;
  let issueId: string;
  let userId: string;

  beforeAll(async () => {
    h = await createHarness(backend);
    issueId = await h.importText(SAMPLE_TEXT);
    const row = await h.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'editor')
      .executeTakeFirstOrThrow();
    userId = row.id;
  });
  afterAll(async () => {
    await h.cleanup();
    recordFigures(
      `access-${backend.name}`,
      `routes × roles (${backend.name}): ${ROUTES.length} routes × ${CALLERS.length} callers = ${ROUTES.length * CALLERS.length} checked`,
    );
  });

  it('registers exactly the routes of the contract table under /api', () => {
    const table = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    const registered = new Set(
      h.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...registered].sort()).toEqual([...table].sort());
  });

  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const allowed = ROLE_RANK[caller] >= ROLE_RANK[route.minRole];
      it(`${route.method} ${route.path} is ${allowed ? 'open' : 'refused'} to ${caller}`, async () => {
        const path = route.path
          .replace(':id', route.path.startsWith('/api/users') ? userId : issueId)
          .replace(':rev', '0')
          .replace(':cid', '1')
          .replace(':version', '1');
        // A fresh session per call, so logging out in one case does not log out the next.
        const cookie = caller === 'anonymous' ? undefined : await h.cookieFor(caller);
        // Empty bodies: allowed callers get a validation error at worst, never a side effect.
        const res = await h.request(route.method, path, {
          cookie,
          ...(route.method === 'GET' ? {} : { json: {} }),
        });
        const body = res.headers.get('content-type')?.includes('json')
          ? ((await res.json()) as { error?: { code: string } })
          : {};
        if (allowed) {
          expect(res.status).not.toBe(401);
          expect(res.status).not.toBe(403);
          expect(res.status).toBeLessThan(500);
        } else {
          expect(res.status).toBe(caller === 'anonymous' ? 401 : 403);
          expect(body.error?.code).toBe(caller === 'anonymous' ? 'unauthenticated' : 'forbidden');
        }
      });
    }
  }

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await h.request('GET', '/api/nothing-here', { cookie: h.cookies.admin });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
