/** Sessions, cookies, CSRF, login throttling, secrets in responses and logs, and security headers. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../auth/sessions.ts';
import { createApp } from '../app.ts';
import { backends } from '../test/backends.ts';
import { createHarness, PASSWORD, SAMPLE_TEXT, sessionCookieOf } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { recordFigures } from './figures.ts';

const HOUR = 3600_000;

describe.each(backends)('security on $name', (backend) => {
  let h: Harness;
  let checks = 0;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(async () => {
    recordFigures(
      `security-${backend.name}`,
      `security (${backend.name}): ${checks} session/CSRF/header checks passed`,
    );
    await h.cleanup();
  });

  const me = (cookie: string) => h.request('GET', '/api/auth/me', { cookie });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure only over https', async () => {
    const plain = (await h.login('editor')).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).toMatch(/SameSite=Lax/i);
    expect(plain).not.toMatch(/Secure/i);
    const https = await h.app.request('https://galley.example/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-CSRF': '1' },
      body: JSON.stringify({ username: 'editor', password: PASSWORD }),
    });
    expect(https.status).toBe(200);
    const secure = https.headers.get('set-cookie') ?? '';
    expect(secure).toMatch(/;\s*Secure/i);
    expect(secure).toMatch(/HttpOnly/i);
    checks += 2;
  });

  it('rotates the session at login: the old token stops working and the new one differs', async () => {
    const old = await h.cookieFor('editor');
    const res = await h.login('editor', PASSWORD, { Cookie: old });
    const fresh = sessionCookieOf(res);
    expect(fresh).not.toBe(old);
    expect((await me(old)).status).toBe(401);
    expect((await me(fresh)).status).toBe(200);
    checks++;
  });

  it('revokes the session at logout, so replaying the cookie is refused', async () => {
    const cookie = await h.cookieFor('editor');
    expect((await h.request('POST', '/api/auth/logout', { cookie })).status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
    checks++;
  });

  it('revokes every session of a deactivated user at once and refuses their next login', async () => {
    const created = await h.request('POST', '/api/users', {
      cookie: h.cookies.admin,
      json: { username: 'leaver', role: 'editor', password: 'leaver-password-1' },
    });
    expect(created.status).toBeLessThan(300);
    const { user } = (await created.json()) as { user: { id: string } };
    const a = await h.cookieFor('leaver', 'leaver-password-1');
    const b = await h.cookieFor('leaver', 'leaver-password-1');
    const off = await h.request('PATCH', `/api/users/${user.id}`, {
      cookie: h.cookies.admin,
      json: { active: false },
    });
    expect(off.status).toBe(200);
    expect((await me(a)).status).toBe(401);
    expect((await me(b)).status).toBe(401);
    expect((await h.login('leaver', 'leaver-password-1')).status).toBe(403);
    checks++;
  });

  it('expires a session idle for 12 hours, and any session 7 days after login however busy', async () => {
    const start = h.clock.t;
    try {
      const idle = await h.cookieFor('editor');
      h.clock.t += SESSION_IDLE_MS - HOUR;
      expect((await me(idle)).status).toBe(200);
      h.clock.t += SESSION_IDLE_MS + 1;
      expect((await me(idle)).status).toBe(401);

      const busy = await h.cookieFor('editor');
      const loginAt = h.clock.t;
      while (h.clock.t + 11 * HOUR < loginAt + SESSION_ABSOLUTE_MS) {
        h.clock.t += 11 * HOUR;
        expect((await me(busy)).status).toBe(200);
      }
      h.clock.t = loginAt + SESSION_ABSOLUTE_MS;
      expect((await me(busy)).status).toBe(401);
    } finally {
      h.clock.t = start + SESSION_ABSOLUTE_MS * 2; // past every session made above; fresh logins below
      h.cookies.editor = await h.cookieFor('editor');
      h.cookies.admin = await h.cookieFor('admin');
    }
    checks += 2;
  });

  it('throttles logins after 5 failures for an account, even with the right password next', async () => {
    await h.request('POST', '/api/users', {
      cookie: h.cookies.admin,
      json: { username: 'target', role: 'editor', password: 'target-password-1' },
    });
    for (let i = 0; i < 5; i++) expect((await h.login('target', `wrong-${i}`)).status).toBe(401);
    const blocked = await h.login('target', 'target-password-1');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
    checks++;
  });

  it('never returns a password or its hash in any response, nor logs one', async () => {
    const secret = 'Sekrit-passw0rd-for-leak-test';
    const logged: string[] = [];
    const origLog = console.log;
    const origErr = console.error;
    const origWarn = console.warn;
    const capture = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    console.log = console.error = console.warn = capture;
    try {
      const created = await h.request('POST', '/api/users', {
        cookie: h.cookies.admin,
        json: { username: 'leaky', role: 'editor', password: secret },
      });
      const createdText = await created.text();
      const { user } = JSON.parse(createdText) as { user: { id: string } };
      const row = await h.db
        .selectFrom('users')
        .select('password_hash')
        .where('username', '=', 'leaky')
        .executeTakeFirstOrThrow();
      const bodies = [createdText];
      const login = await h.login('leaky', secret);
      bodies.push(await login.text());
      bodies.push(await (await h.login('leaky', `${secret}-wrong`)).text());
      const cookie = sessionCookieOf(login);
      const changed = await h.request('POST', '/api/auth/password', {
        cookie,
        json: { currentPassword: secret, newPassword: `${secret}-2` },
      });
      bodies.push(await changed.text());
      await h.request('PATCH', `/api/users/${user.id}`, {
        cookie: h.cookies.admin,
        json: { password: `${secret}-3` },
      });
      for (const path of [
        '/api/users',
        '/api/auth/me',
        '/api/audit',
        '/api/stats',
        `/api/users/${user.id}`,
      ]) {
        const res = await h.request('GET', path, { cookie: h.cookies.admin });
        bodies.push(await res.text());
      }
      const hashPart = row.password_hash.split('$').at(-1) ?? row.password_hash;
      for (const text of [...bodies, ...logged]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(hashPart);
        expect(text).not.toMatch(/password_?hash/i);
      }
    } finally {
      console.log = origLog;
      console.error = origErr;
      console.warn = origWarn;
    }
    checks++;
  });

  it('refuses cross-origin form posts and fetches without the CSRF header, changing nothing', async () => {
    const issueId = await h.importText(`${SAMPLE_TEXT}\n跨站\n`, 'csrf.txt');
    const attempts: { headers: Record<string, string>; body: string }[] = [
      // A classic HTML form on an attacker's page: urlencoded, cross-origin, no custom header.
      {
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'message=pwned',
      },
      // Same-site fetch without the header (e.g. a text/plain "simple request").
      { headers: { 'Content-Type': 'text/plain' }, body: '{}' },
      // Cross-origin with the header: a browser would need a preflight we never grant.
      {
        headers: { Origin: 'https://evil.example', 'X-Galley-CSRF': '1', 'Content-Type': 'application/json' },
        body: '{}',
      },
      { headers: { Origin: 'null', 'X-Galley-CSRF': '1', 'Content-Type': 'application/json' }, body: '{}' },
    ];
    for (const { headers, body } of attempts) {
      const res = await h.request('POST', `/api/issues/${issueId}/submit`, {
        cookie: h.cookies.editor,
        noCsrf: true,
        headers,
        body,
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf');
      checks++;
    }
    const issue = await h.db
      .selectFrom('issues')
      .select('status')
      .where('id', '=', issueId)
      .executeTakeFirstOrThrow();
    expect(issue.status).toBe('proposed');
  });
});

describe('security headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-spa-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Galley</title><div id="root"></div>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function csp(res: Response): Map<string, string> {
    const header = res.headers.get('content-security-policy') ?? '';
    return new Map(
      header
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name = '', ...values] = d.split(/\s+/);
          return [name.toLowerCase(), values.join(' ')];
        }),
    );
  }

  it('sends a strict CSP, nosniff and a referrer policy on HTML pages and API responses', async () => {
    const g = await backends[0]!.open();
    try {
      const app = createApp({ db: g.db, dialect: g.dialect, config: { staticRoot: dir } });
      const pages = [
        await app.request('http://localhost/library'),
        await app.request('http://localhost/api/health'),
      ];
      expect(pages[0]!.headers.get('content-type')).toMatch(/text\/html/);
      for (const res of pages) {
        const policy = csp(res);
        const scripts = policy.get('script-src') ?? policy.get('default-src') ?? '';
        expect(scripts).toContain("'self'");
        expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        expect(policy.get('object-src')).toBe("'none'");
        expect(policy.get('base-uri')).toBe("'none'");
        expect(policy.get('frame-ancestors')).toBe("'none'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toMatch(/no-referrer|same-origin|strict-origin/);
      }
    } finally {
      await g.cleanup();
    }
  });
});
