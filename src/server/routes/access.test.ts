import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_RANK, ROUTES } from '../../api/contract.ts';
import type { MinRole } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { recordFigures } from '../reliability/figures.ts';

/** A role, or an account deactivated while it still held a session cookie. */
type Caller = MinRole | 'deactivated';
const CALLERS: Caller[] = ['anonymous', 'editor', 'supervisor', 'admin', 'deactivated'];
const GONE_PASSWORD = 'deactivated-password-1';

describe.each(backends)('route access on $name', (backend) => {
  let h: Harness;
  let issueId: string;
  let userId: string;
  let goneAdminId: string;
  let checked = 0;

  beforeAll(async () => {
    h = await createHarness(backend);
    issueId = await h.importText(SAMPLE_TEXT);
    const row = await h.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'editor')
      .executeTakeFirstOrThrow();
    userId = row.id;
    for (const [username, role] of [
      ['gone-admin', 'admin'],
      ['gone-editor', 'editor'],
    ] as const) {
      const res = await h.request('POST', '/api/users', {
        cookie: h.cookies.admin,
        json: { username, role, password: GONE_PASSWORD },
      });
      expect(res.status).toBeLessThan(300);
      if (role === 'admin') goneAdminId = ((await res.json()) as { user: { id: string } }).user.id;
    }
  });
  afterAll(async () => {
    await h.cleanup();
    recordFigures(
      `access-${backend.name}`,
      `routes × roles (${backend.name}): ${ROUTES.length} routes × ${CALLERS.length} callers (${CALLERS.join(', ')}) = ${checked} checked`,
    );
  });

  async function liveCookie(username: string): Promise<string> {
    const cookie = await h.cookieFor(username, GONE_PASSWORD);
    expect((await h.request('GET', '/api/auth/me', { cookie })).status).toBe(200);
    return cookie;
  }

  /**
   * Two session cookies that were live a moment ago: an admin deactivated through the API (which
   * revokes the sessions) and an editor switched off in the database behind the app's back (the
   * session row survives, so only the per-request check of `active` stands between it and the data).
   */
  async function deactivatedCookies(): Promise<string[]> {
    const setActive = (active: boolean) =>
      h.request('PATCH', `/api/users/${goneAdminId}`, { cookie: h.cookies.admin, json: { active } });
    expect((await setActive(true)).status).toBe(200);
    const viaApi = await liveCookie('gone-admin');
    expect((await setActive(false)).status).toBe(200);

    await h.db.updateTable('users').set({ active: 1 }).where('username', '=', 'gone-editor').execute();
    const behindTheBack = await liveCookie('gone-editor');
    await h.db.updateTable('users').set({ active: 0 }).where('username', '=', 'gone-editor').execute();
    return [viaApi, behindTheBack];
  }

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
      // A deactivated account counts as nobody: public routes stay open, everything else is 401.
      const rank = ROLE_RANK[caller === 'deactivated' ? 'anonymous' : caller];
      const allowed = rank >= ROLE_RANK[route.minRole];
      const unauthenticated = caller === 'anonymous' || caller === 'deactivated';
      it(`${route.method} ${route.path} is ${allowed ? 'open' : 'refused'} to ${caller}`, async () => {
        const path = route.path
          .replace(':id', route.path.startsWith('/api/users') ? userId : issueId)
          .replace(':rev', '0')
          .replace(':cid', '1')
          .replace(':version', '1');
        // A fresh session per call, so logging out in one case does not log out the next.
        const cookies =
          caller === 'anonymous'
            ? [undefined]
            : caller === 'deactivated'
              ? await deactivatedCookies()
              : [await h.cookieFor(caller)];
        for (const cookie of cookies) {
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
            expect(res.status).toBe(unauthenticated ? 401 : 403);
            expect(body.error?.code).toBe(unauthenticated ? 'unauthenticated' : 'forbidden');
          }
        }
        checked++;
      });
    }
  }

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await h.request('GET', '/api/nothing-here', { cookie: h.cookies.admin });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
