import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { verifyPassword } from './auth/passwords.ts';
import { bootstrap } from './services/bootstrap.ts';
import { backends } from './test/backends.ts';
import type { Backend } from './test/backends.ts';

type Opened = Awaited<ReturnType<Backend['open']>>;

describe('serving the built SPA', () => {
  let dir: string;
  let g: Opened;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'galley-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    g = await (backends[0] as Backend).open();
    app = createApp({ db: g.db, dialect: g.dialect, config: { staticRoot: dir } });
  });
  afterAll(async () => {
    await g.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets as immutable and other files as revalidated', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client routes with index.html, but unknown API paths with JSON 404', async () => {
    const page = await app.request('/issues/abc/edit');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const api = await app.request('/api/issues/abc/nothing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not-found' } });
  });

  it("preloads the session check everywhere, and an issue's data only on its editor address", async () => {
    const editor = await (await app.request('/issues/abc_1-Z')).text();
    expect(editor).toContain('<link rel="preload" as="fetch" crossorigin href="/api/auth/me">');
    expect(editor).toContain('<link rel="preload" as="fetch" crossorigin href="/api/issues/abc_1-Z">');
    const other = await (await app.request('/issues/a%22b')).text();
    expect(other).toContain('href="/api/auth/me"');
    expect(other).not.toContain('/api/issues/');
  });
});

describe.each(backends)('first start on $name', (backend) => {
  let g: Opened;
  let samples: string;
  beforeEach(async () => {
    g = await backend.open();
    samples = mkdtempSync(join(tmpdir(), 'galley-samples-'));
    writeFileSync(join(samples, '衡阳晚报-2022-09-01-A01.txt'), '样例\n正文。\n');
  });
  afterEach(async () => {
    await g.cleanup();
    rmSync(samples, { recursive: true, force: true });
  });

  it('creates admin with a random password shown once and imports the samples, then never again', async () => {
    const first = await bootstrap(g.db, { samplesDir: samples });
    expect(first.admin).toMatchObject({ username: 'admin', generated: true });
    const row = await g.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(await verifyPassword(first.admin?.password ?? '', row.password_hash)).toBe(true);
    expect(first.samplesImported).toEqual(['衡阳晚报-2022-09-01-A01.txt']);

    const second = await bootstrap(g.db, { samplesDir: samples });
    expect(second).toEqual({ admin: null, samplesImported: [] });
    const users = await g.db.selectFrom('users').select('id').execute();
    expect(users).toHaveLength(1);
  });

  it('uses GALLEY_ADMIN_PASSWORD when given', async () => {
    const result = await bootstrap(g.db, { adminPassword: 'chosen by the operator', samplesDir: null });
    expect(result.admin).toMatchObject({ generated: false });
    const row = await g.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(await verifyPassword('chosen by the operator', row.password_hash)).toBe(true);
  });
});
