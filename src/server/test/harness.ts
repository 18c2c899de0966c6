/** An app over a fresh database with one account per role, and request helpers that speak the contract. */
import type { Hono } from 'hono';
import type { UserRole } from '../../api/contract.ts';
import { SourceText } from '../../core/text.ts';
import type { Doc } from '../../core/model.ts';
import { createApp } from '../app.ts';
import type { AppConfig, AppEnv } from '../context.ts';
import type { GalleyDb } from '../db/connect.ts';
import { createUser } from '../services/users.ts';
import type { Backend } from './backends.ts';

export const PASSWORD = 'correct horse battery';

export interface Clock {
  t: number;
}

export interface Harness extends GalleyDb {
  app: Hono<AppEnv>;
  clock: Clock;
  /** A session cookie (`galley_session=…`) for each role's account: editor, supervisor, admin. */
  cookies: Record<UserRole, string>;
  request(method: string, path: string, init?: RequestOptions): Promise<Response>;
  login(username: string, password?: string, headers?: Record<string, string>): Promise<Response>;
  cookieFor(username: string, password?: string): Promise<string>;
  importText(text: string, filename?: string, cookie?: string): Promise<string>;
  cleanup(): Promise<void>;
}

export interface RequestOptions {
  cookie?: string | undefined;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Leave out X-Galley-CSRF. */
  noCsrf?: boolean;
}

export function sessionCookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const m = /galley_session=([^;]*)/.exec(header);
  if (!m) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return `galley_session=${m[1]}`;
}

export async function createHarness(backend: Backend, config: Partial<AppConfig> = {}): Promise<Harness> {
  const g = await backend.open();
  const clock: Clock = { t: Date.parse('2026-03-01T09:00:00Z') };
  const errors: unknown[] = [];
  const app = createApp({
    db: g.db,
    dialect: g.dialect,
    config: { now: () => clock.t, ...config },
    logError: (err) => errors.push(err),
  });

  async function request(method: string, path: string, init: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (!init.noCsrf) headers['X-Galley-CSRF'] = '1';
    if (init.cookie) headers.Cookie = init.cookie;
    let body = init.body;
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const res = await app.request(`http://localhost${path}`, { method, headers, body });
    if (res.status === 500) throw new Error(`500 from ${method} ${path}: ${String(errors.at(-1))}`);
    return res;
  }

  const login = (username: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    request('POST', '/api/auth/login', { json: { username, password }, headers });

  async function cookieFor(username: string, password = PASSWORD): Promise<string> {
    const res = await login(username, password);
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return sessionCookieOf(res);
  }

  const cookies = {} as Record<UserRole, string>;
  for (const role of ['editor', 'supervisor', 'admin'] as const) {
    await createUser(g.db, { username: role, displayName: `The ${role}`, role, password: PASSWORD });
    cookies[role] = await cookieFor(role);
  }

  async function importText(text: string, filename = 'issue.txt', cookie = cookies.editor): Promise<string> {
    const form = new FormData();
    form.append('files', new File([text], filename, { type: 'text/plain' }));
    const res = await request('POST', '/api/issues/import', { cookie, body: form });
    const body = (await res.json()) as { results: { status: string; issueId?: string }[] };
    const r = body.results[0];
    if (res.status !== 200 || !r?.issueId) throw new Error(`import failed: ${JSON.stringify(body)}`);
    return r.issueId;
  }

  return { ...g, app, clock, cookies, request, login, cookieFor, importText, cleanup: g.cleanup };
}

/**
 * A valid document for `text`: one article per block of lines separated by blank lines, each a
 * single part whose role span ('body') covers it.
 */
export function docFor(text: string, fields: Doc['articles'][number]['fields'][] = []): Doc {
  const src = new SourceText(text);
  const blocks: { start: number; end: number }[] = [];
  const re = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (const m of text.matchAll(re)) {
    const start = src.cp(m.index);
    blocks.push({ start, end: src.cp(m.index + m[0].length) });
  }
  return {
    articles: blocks.map((b, i) => ({
      id: `a${i + 1}`,
      parts: [{ start: b.start, end: b.end }],
      roles: [{ start: b.start, end: b.end, role: 'body' as const }],
      boundary: { confidence: 1, cues: ['manual'], confirmed: true },
      fields: fields[i] ?? {},
    })),
    unassigned: [],
  };
}

export const SAMPLE_TEXT = '头版新闻\n第一篇文章的正文。\n\n第二篇文章\n记者 张三\n正文第二段。\n';
