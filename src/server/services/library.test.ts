import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  healthResponseSchema,
  issueDetailResponseSchema,
  issueListResponseSchema,
  presenceResponseSchema,
  ROUTES,
} from '../../api/contract.ts';
import { exportSchema } from '../../core/export/index.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { PRESENCE_TTL_MS } from './presence.ts';

describe.each(backends)('library on $name', (backend) => {
  let h: Harness;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await createHarness(backend);
    const files = [
      ['衡阳晚报-2022-09-01-A01.txt', '一\n'],
      ['衡阳晚报-2022-09-02-A01.txt', '二\n'],
      ['衡阳晚报-2022-09-03-A02.txt', '三\n'],
      ['湘江日报-2022-09-02-A01.txt', '四\n'],
      ['湘江日报-2022-10-01-B03.txt', '五\n'],
    ] as const;
    for (const [name, text] of files) {
      h.clock.t += 60_000;
      ids[name.slice(0, -4)] = await h.importText(text, name);
    }
  });
  afterAll(() => h.cleanup());

  const list = async (query: string, cookie = h.cookies.editor) => {
    const res = await h.request('GET', `/api/issues${query}`, { cookie });
    expect(res.status).toBe(200);
    return issueListResponseSchema.parse(await res.json());
  };
  const names = (items: { publication: string | null; date: string | null }[]) =>
    items.map((i) => `${i.publication} ${i.date}`);

  it('lists every issue, most recently changed first, with the columns the library shows', async () => {
    const { items, total, page, pageSize } = await list('');
    expect([total, page, pageSize]).toEqual([5, 1, 50]);
    expect(items[0]).toMatchObject({
      publication: '湘江日报',
      date: '2022-10-01',
      edition: 'B03',
      status: 'proposed',
      revision: 0,
      assignee: null,
      updatedBy: { username: 'editor' },
      editing: [],
    });
    expect(items.map((i) => i.updatedAt)).toEqual([...items.map((i) => i.updatedAt)].sort().reverse());
  });

  it('filters by publication, status and an inclusive date range', async () => {
    expect(names((await list('?publication=衡阳晚报&sort=date')).items)).toEqual([
      '衡阳晚报 2022-09-01',
      '衡阳晚报 2022-09-02',
      '衡阳晚报 2022-09-03',
    ]);
    expect(names((await list('?from=2022-09-02&to=2022-09-03&sort=-date')).items).sort()).toEqual(
      ['衡阳晚报 2022-09-02', '湘江日报 2022-09-02', '衡阳晚报 2022-09-03'].sort(),
    );
    expect((await list('?status=approved')).total).toBe(0);
    expect((await list('?status=proposed')).total).toBe(5);
  });

  it('paginates without repeating or skipping issues', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await list(`?pageSize=2&page=${page}&sort=publication`);
      expect(r.total).toBe(5);
      seen.push(...r.items.map((i) => i.id));
    }
    expect(new Set(seen).size).toBe(5);
  });

  it('refuses a page size over 200 and unknown sorts with 400', async () => {
    for (const q of ['?pageSize=201', '?sort=colour', '?from=yesterday']) {
      const res = await h.request('GET', `/api/issues${q}`, { cookie: h.cookies.editor });
      expect(res.status).toBe(400);
    }
  });

  it('shows who is editing until their heartbeats stop for 45 seconds', async () => {
    const id = ids['衡阳晚报-2022-09-01-A01'] ?? '';
    const beat = await h.request('POST', `/api/issues/${id}/presence`, { cookie: h.cookies.supervisor });
    expect(presenceResponseSchema.parse(await beat.json()).editing).toEqual([
      { username: 'supervisor', displayName: 'The supervisor', since: new Date(h.clock.t).toISOString() },
    ]);
    const since = new Date(h.clock.t).toISOString();
    h.clock.t += 15_000;
    await h.request('POST', `/api/issues/${id}/presence`, { cookie: h.cookies.supervisor });
    const row = (await list('?publication=衡阳晚报&sort=date')).items[0];
    expect(row?.editing).toEqual([{ username: 'supervisor', displayName: 'The supervisor', since }]);

    h.clock.t += PRESENCE_TTL_MS + 1;
    expect((await list('?publication=衡阳晚报&sort=date')).items[0]?.editing).toEqual([]);

    await h.request('POST', `/api/issues/${id}/presence`, { cookie: h.cookies.editor });
    const left = await h.request('DELETE', `/api/issues/${id}/presence`, { cookie: h.cookies.editor });
    expect(presenceResponseSchema.parse(await left.json()).editing).toEqual([]);
  });

  it('corrects publication, date and edition with PATCH', async () => {
    const id = ids['湘江日报-2022-10-01-B03'] ?? '';
    const res = await h.request('PATCH', `/api/issues/${id}`, {
      cookie: h.cookies.editor,
      json: { publication: '湘江晚报', date: '2022-10-02', edition: null },
    });
    expect(res.status).toBe(200);
    expect(issueDetailResponseSchema.parse(await res.json()).issue).toMatchObject({
      publication: '湘江晚报',
      date: '2022-10-02',
      edition: null,
    });
    const bad = await h.request('PATCH', `/api/issues/${id}`, {
      cookie: h.cookies.editor,
      json: { date: '2022-13' },
    });
    expect(bad.status).toBe(400);
    const missing = await h.request('PATCH', '/api/issues/nope', {
      cookie: h.cookies.editor,
      json: { edition: 'A1' },
    });
    expect(missing.status).toBe(404);
  });

  it('downloads the current revision as a galley.export/1 attachment', async () => {
    const id = ids['衡阳晚报-2022-09-02-A01'] ?? '';
    const res = await h.request('GET', `/api/issues/${id}/export`, { cookie: h.cookies.editor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".*\.json"; filename\*=UTF-8''/,
    );
    const data = exportSchema.parse(await res.json());
    expect(data.issue).toMatchObject({ id, publication: '衡阳晚报', date: '2022-09-02', edition: 'A01' });
    expect(data.status).toBe('proposed');
  });

  it('answers health and publishes an OpenAPI document with every route of the table', async () => {
    const health = healthResponseSchema.parse(await (await h.request('GET', '/api/health')).json());
    expect(health).toMatchObject({ ok: true, db: backend.name });
    const doc = (await (await h.request('GET', '/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; 'x-min-role': string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op).toMatchObject({ operationId: route.name, 'x-min-role': route.minRole });
    }
  });
});

describe.each(backends)('user administration on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const admin = (method: string, path: string, json?: unknown) =>
    h.request(method, path, { cookie: h.cookies.admin, ...(json === undefined ? {} : { json }) });

  it('adds an account that can log in, and refuses a taken username', async () => {
    const res = await admin('POST', '/api/users', {
      username: 'Zhao',
      role: 'editor',
      password: 'long enough',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      user: { username: 'zhao', displayName: 'Zhao', role: 'editor' },
    });
    expect((await h.login('zhao', 'long enough')).status).toBe(200);
    const again = await admin('POST', '/api/users', {
      username: 'ZHAO',
      role: 'admin',
      password: 'long enough',
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'username-taken' } });
  });

  it('changes a role with immediate effect and resets a password, ending the old sessions', async () => {
    const { user } = (await (
      await admin('POST', '/api/users', { username: 'qian', role: 'editor', password: 'first secret' })
    ).json()) as {
      user: { id: string };
    };
    const cookie = await h.cookieFor('qian', 'first secret');
    expect((await h.request('GET', '/api/users', { cookie })).status).toBe(403);
    await admin('PATCH', `/api/users/${user.id}`, { role: 'admin' });
    expect((await h.request('GET', '/api/users', { cookie })).status).toBe(200);
    await admin('PATCH', `/api/users/${user.id}`, { password: 'second secret' });
    expect((await h.request('GET', '/api/auth/me', { cookie })).status).toBe(401);
    expect((await h.login('qian', 'first secret')).status).toBe(401);
    expect((await h.login('qian', 'second secret')).status).toBe(200);
  });

  it('never leaves the archive without an active admin', async () => {
    const users = (await (await admin('GET', '/api/users')).json()) as {
      items: { id: string; role: string; active: boolean }[];
    };
    const admins = users.items.filter((u) => u.role === 'admin' && u.active);
    for (const a of admins.slice(1)) await admin('PATCH', `/api/users/${a.id}`, { active: false });
    const last = admins[0];
    const res = await admin('PATCH', `/api/users/${last?.id}`, { role: 'editor' });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'last-admin' } });
    const still = (await (await admin('GET', '/api/users')).json()) as {
      items: { id: string; role: string }[];
    };
    expect(still.items.find((u) => u.id === last?.id)?.role).toBe('admin');
  });
});
