/**
 * The real server (src/server/main.ts) in a child process on a free loopback port with a throwaway
 * database, and a small API client with the session cookie and the CSRF header.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './net.ts';
import { ROOT } from './paths.ts';

/** The first-start admin of the throwaway database. */
export const ADMIN = { username: 'admin', password: 'bench-admin-password' };

export interface GalleyServer {
  url: string;
  /** With `cpuProfile`: the server's whole-life CPU profile, readable after stop(). */
  profileDir: string | null;
  backend: 'sqlite' | 'postgres';
  /** What the server printed so far (for error reports). */
  output(): string;
  /** How the bench itself opens the same database (to seed it). */
  database: { file?: string; databaseUrl?: string; pgSchema?: string };
  stop(): Promise<void>;
}

/** A postgres:// URL whose connections all work inside `schema` (pg passes `options` to the server). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

async function pgQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer within 60 s:\n${log()}`);
}

/**
 * Starts a server on SQLite, or on a fresh schema of `postgresUrl` (dropped again by stop()); with
 * `cpuProfile`, under `node --cpu-prof` (written when it exits).
 */
export async function startGalley(
  options: { postgresUrl?: string; cpuProfile?: boolean } = {},
): Promise<GalleyServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GALLEY_ADMIN_PASSWORD: ADMIN.password,
    GALLEY_SCRYPT_N: '1024',
  };
  delete env.DATABASE_URL;
  let database: GalleyServer['database'];
  let schema: string | null = null;
  if (options.postgresUrl) {
    schema = `bench_${Date.now().toString(36)}`;
    await pgQuery(options.postgresUrl, `create schema ${schema}`);
    env.DATABASE_URL = withSearchPath(options.postgresUrl, schema);
    database = { databaseUrl: options.postgresUrl, pgSchema: schema };
  } else {
    env.GALLEY_DB = join(dir, 'galley.db');
    database = { file: env.GALLEY_DB };
  }
  const profileDir = options.cpuProfile ? mkdtempSync(join(tmpdir(), 'galley-bench-prof-')) : null;
  const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      // main.ts waits for idle keep-alive sockets (up to 5 s) before it exits; the data is throwaway,
      // so only a profile that must be written on exit is worth waiting for.
      await Promise.race([exited, new Promise((r) => setTimeout(r, profileDir ? 10_000 : 2000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
    if (schema && options.postgresUrl)
      await pgQuery(options.postgresUrl, `drop schema if exists ${schema} cascade`);
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    profileDir,
    output: () => output,
    backend: options.postgresUrl ? 'postgres' : 'sqlite',
    database,
    stop,
  };
}

export class ApiClient {
  private cookie = '';
  constructor(readonly base: string) {}

  static async login(base: string): Promise<ApiClient> {
    const client = new ApiClient(base);
    const res = await client.request('POST', '/api/auth/login', {
      json: ADMIN,
    });
    if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    client.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return client;
  }

  get sessionCookie(): string {
    return this.cookie;
  }

  request(
    method: string,
    path: string,
    options: { json?: unknown; body?: BodyInit; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { 'X-Galley-CSRF': '1', ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    let body = options.body;
    if (options.json !== undefined || options.raw !== undefined) {
      headers['content-type'] = 'application/json';
      body = options.raw ?? JSON.stringify(options.json);
    }
    return fetch(`${this.base}${path}`, { method, headers, body });
  }

  async getJson<T>(path: string): Promise<T> {
    const res = await this.request('GET', path);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** Imports one text through POST /api/issues/import; returns the new (or existing) issue's id. */
  async importText(filename: string, text: string): Promise<string> {
    const form = new FormData();
    form.append('files', new File([new TextEncoder().encode(text)], filename));
    const res = await this.request('POST', '/api/issues/import', { body: form });
    const json = (await res.json()) as { results?: { status: string; issueId?: string; error?: unknown }[] };
    const r = json.results?.[0];
    if (!res.ok || !r?.issueId)
      throw new Error(`import of ${filename} failed: ${res.status} ${JSON.stringify(json)}`);
    return r.issueId;
  }
}
