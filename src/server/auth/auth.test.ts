import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userResponseSchema } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness, PASSWORD, sessionCookieOf } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './sessions.ts';

describe.each(backends)('accounts and sessions on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(backend);
  });
  afterEach(() => h.cleanup());

  const me = (cookie: string | undefined) => h.request('GET', '/api/auth/me', { cookie });

  it('logging in returns the user without any password material and sets a strict session cookie', async () => {
    const res = await h.login('Editor');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|password/i);
    const { user } = userResponseSchema.parse(JSON.parse(text));
    expect(user).toMatchObject({ username: 'editor', role: 'editor', active: true });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^galley_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await h.app.request('https://galley.example/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-CSRF': '1', Host: 'galley.example' },
      body: JSON.stringify({ username: 'editor', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('stores only a hash of the session token and a scrypt hash of the password', async () => {
    const cookie = await h.cookieFor('editor');
    const token = cookie.split('=')[1] ?? '';
    const sessions = await h.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    const user = await h.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'editor')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    for (const [username, password] of [
      ['editor', 'wrong password'],
      ['nobody', PASSWORD],
    ] as const) {
      const res = await h.login(username, password);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid-credentials' } });
    }
  });

  it('rotates the session at login: the old cookie stops working', async () => {
    const first = h.cookies.editor;
    const res = await h.request('POST', '/api/auth/login', {
      cookie: first,
      json: { username: 'editor', password: PASSWORD },
    });
    const second = sessionCookieOf(res);
    expect(second).not.toBe(first);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('logging out revokes the session', async () => {
    const cookie = h.cookies.editor;
    expect((await h.request('POST', '/api/auth/logout', { cookie })).status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
  });

  it('ends a session after 12 idle hours, and after 7 days however busy', async () => {
    const cookie = h.cookies.editor;
    h.clock.t += SESSION_IDLE_MS - 60_000;
    expect((await me(cookie)).status).toBe(200);
    h.clock.t += SESSION_IDLE_MS + 1;
    expect((await me(cookie)).status).toBe(401);

    const busy = await h.cookieFor('editor');
    const end = h.clock.t + SESSION_ABSOLUTE_MS;
    while (h.clock.t + SESSION_IDLE_MS / 2 < end) {
      h.clock.t += SESSION_IDLE_MS / 2;
      expect((await me(busy)).status).toBe(200);
    }
    h.clock.t = end;
    expect((await me(busy)).status).toBe(401);
  });

  it('locks an account for 15 minutes after 5 failed logins, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await h.login('editor', 'nope')).status).toBe(401);
    const locked = await h.login('editor');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await locked.json()).toMatchObject({ error: { code: 'rate-limited' } });
    // Other accounts are not affected by this account's failures.
    expect((await h.login('supervisor')).status).toBe(200);
    h.clock.t += 15 * 60_000 + 1;
    expect((await h.login('editor')).status).toBe(200);
  });

  it('limits failures per client address behind a trusted proxy to 20 in 15 minutes', async () => {
    await h.cleanup();
    h = await createHarness(backend, { trustProxy: true });
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    for (let i = 0; i < 20; i++) {
      expect((await h.login(`ghost${i % 4}`, 'nope', from('10.0.0.7'))).status).toBe(401);
    }
    expect((await h.login('admin', PASSWORD, from('10.0.0.7'))).status).toBe(429);
    expect((await h.login('admin', PASSWORD, from('10.0.0.8'))).status).toBe(200);
  });

  it('deactivating an account revokes its sessions and refuses its logins', async () => {
    const cookie = h.cookies.editor;
    const { items } = (await (await h.request('GET', '/api/users', { cookie: h.cookies.admin })).json()) as {
      items: { id: string; username: string }[];
    };
    const editor = items.find((u) => u.username === 'editor');
    const res = await h.request('PATCH', `/api/users/${editor?.id}`, {
      cookie: h.cookies.admin,
      json: { active: false },
    });
    expect(res.status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
    expect(
      await h.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', editor?.id ?? '')
        .execute(),
    ).toEqual([]);
    const again = await h.login('editor');
    expect(again.status).toBe(403);
  });

  it('changing one’s password keeps this session and ends the others', async () => {
    const other = await h.cookieFor('editor');
    const res = await h.request('POST', '/api/auth/password', {
      cookie: h.cookies.editor,
      json: { currentPassword: PASSWORD, newPassword: 'a brand new secret' },
    });
    expect(res.status).toBe(200);
    expect((await me(h.cookies.editor)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await h.login('editor', 'a brand new secret')).status).toBe(200);
  });
});

describe.each(backends)('CSRF defence on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(backend);
  });
  afterEach(() => h.cleanup());

  const heartbeatPath = async () => `/api/issues/${await h.importText('一\n')}/presence`;

  it('refuses a state-changing request without the X-Galley-CSRF header', async () => {
    const res = await h.request('POST', await heartbeatPath(), { cookie: h.cookies.editor, noCsrf: true });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'csrf' } });
  });

  it('refuses a login form posted from another site', async () => {
    const res = await h.request('POST', '/api/auth/login', {
      json: { username: 'editor', password: PASSWORD },
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'csrf' } });
  });

  it('refuses a cross-origin request even when it carries the header', async () => {
    const res = await h.request('POST', await heartbeatPath(), {
      cookie: h.cookies.editor,
      headers: { Origin: 'http://localhost.evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('accepts a same-origin request with the header, and reads without it', async () => {
    const path = await heartbeatPath();
    const res = await h.request('POST', path, {
      cookie: h.cookies.editor,
      headers: { Origin: 'http://localhost' },
    });
    expect(res.status).toBe(200);
    const read = await h.request('GET', '/api/issues', { cookie: h.cookies.editor, noCsrf: true });
    expect(read.status).toBe(200);
  });
});
