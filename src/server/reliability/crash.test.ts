/**
 * SIGKILLs the real server while autosaves are in flight, restarts it on the same database, and
 * checks that every acknowledged save survived and that no stored revision is corrupt.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../core/invariants.ts';
import type { Doc } from '../../core/model.ts';
import { SourceText } from '../../core/text.ts';
import { docFor, SAMPLE_TEXT } from '../test/harness.ts';
import { envCount, recordFigures } from './figures.ts';
import { startServerProcess } from './server-process.ts';
import type { ServerProcess } from './server-process.ts';

const TRIALS = envCount('CRASH_TRIALS', 10);
// Each restart boots tsx and migrations (~5 s on PostgreSQL); half the kills there keep `npm test` short.
const PG_TRIALS = process.env.CRASH_TRIALS ? TRIALS : Math.ceil(TRIALS / 2);
const PASSWORD = 'crash-test-admin-pw';
const TEXT = `${SAMPLE_TEXT}\n第三篇\n崩溃测试的正文。\n`;
const figures: string[] = [];

interface Target {
  name: string;
  env(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'galley-crash-'));
  return {
    name: 'sqlite',
    env: async () => ({ GALLEY_DB: join(dir, 'galley.db') }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(url: string): Target {
  const name = `galley_crash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async env() {
      await admin(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      return { DATABASE_URL: u.toString() };
    },
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  };
}

const targets: { name: string; trials: number; make: () => Target }[] = [
  { name: 'sqlite', trials: TRIALS, make: sqliteTarget },
  ...(process.env.DATABASE_URL_TEST
    ? [{ name: 'postgres', trials: PG_TRIALS, make: () => postgresTarget(process.env.DATABASE_URL_TEST!) }]
    : []),
];

async function api(
  server: ServerProcess,
  method: string,
  path: string,
  cookie: string,
  init: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'X-Galley-CSRF': '1', Cookie: cookie, ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  return fetch(`${server.url}${path}`, { method, headers, body });
}

describe.each(targets)('crashing the server on $name', ({ make, trials }) => {
  const target = make();
  afterAll(() => target.cleanup());

  it(
    'keeps every acknowledged save and stores no corrupt revision across random SIGKILLs',
    { timeout: 60_000 + TRIALS * 20_000 },
    async () => {
      const env = {
        ...(await target.env()),
        GALLEY_ADMIN_PASSWORD: PASSWORD,
        GALLEY_SCRYPT_N: '1024',
      };
      let server = await startServerProcess(env);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Galley-CSRF': '1' },
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = /galley_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
      const form = new FormData();
      form.append('files', new File([TEXT], 'crash.txt', { type: 'text/plain' }));
      const imported = (await (
        await api(server, 'POST', '/api/issues/import', cookie, { body: form })
      ).json()) as {
        results: { issueId?: string }[];
      };
      const issueId = imported.results[0]!.issueId!;

      const acknowledged = new Map<number, string>();
      let verified = -1;
      let base = 0;
      let saves = 0;
      let lost = 0;
      /**
       * Checks acknowledged saves from revision `from` on (lost ones are counted) and that every stored
       * revision from there is whole and valid; returns the current revision. Checking only what is new
       * after each kill keeps the run linear in the number of saves.
       */
      const verify = async (s: ServerProcess, acked: Map<number, string>, from: number): Promise<number> => {
        const res = await api(s, 'GET', `/api/issues/${issueId}`, cookie);
        expect(res.status).toBe(200);
        const detail = (await res.json()) as { issue: { revision: number }; source: string };
        const src = new SourceText(detail.source);
        for (const [rev, headline] of acked) {
          if (rev < from) continue;
          const r = await api(s, 'GET', `/api/issues/${issueId}/revisions/${rev}`, cookie);
          const stored = r.status === 200 ? ((await r.json()) as { doc: Doc }) : null;
          if (stored?.doc.articles[0]?.fields.headline !== headline) lost++;
        }
        // Every revision that exists, acknowledged or not, must be whole and valid.
        for (let rev = from; rev <= detail.issue.revision; rev++) {
          const r = await api(s, 'GET', `/api/issues/${issueId}/revisions/${rev}`, cookie);
          expect(r.status).toBe(200);
          expect(checkInvariants(((await r.json()) as { doc: Doc }).doc, src)).toEqual([]);
        }
        return detail.issue.revision;
      };

      try {
        for (let trial = 0; trial < trials; trial++) {
          // Kill at a random moment: the save loop runs until the signal cuts it off.
          const killAfter = Math.floor(Math.random() * 400);
          let stop = false;
          const killing = new Promise<void>((resolve) =>
            setTimeout(() => {
              stop = true;
              void server.kill().then(resolve);
            }, killAfter),
          );
          let seq = 0;
          while (!stop) {
            const headline = `t${trial}s${seq++}`;
            const doc = docFor(TEXT, [{ headline }]);
            let res: Response;
            saves++;
            try {
              res = await api(server, 'PUT', `/api/issues/${issueId}/document`, cookie, {
                headers: { 'If-Match': `"${base}"` },
                json: { doc, saveId: `crash-${trial}-${seq}-${Math.random().toString(36).slice(2)}` },
              });
            } catch {
              break; // the connection died with the server: not acknowledged
            }
            if (res.status !== 200) {
              // Only a save cut off mid-way may leave the base behind; anything else is a bug.
              expect(res.status).toBe(412);
              base = ((await res.json()) as { current: { revision: number } }).current.revision;
              continue;
            }
            let body: { revision: number };
            try {
              body = (await res.json()) as { revision: number };
            } catch {
              break;
            }
            acknowledged.set(body.revision, headline);
            base = body.revision;
          }
          await killing;
          server = await startServerProcess(env);

          base = await verify(server, acknowledged, verified + 1);
          verified = base;
        }
        // Once more over the whole chain: no kill damaged anything written before it.
        lost = 0;
        await verify(server, acknowledged, 0);
      } finally {
        await server.kill();
      }
      // The admin password came from the environment: the logs must not echo it.
      expect(server.output()).not.toContain(PASSWORD);
      figures.push(
        `${target.name}: ${trials} kills, ${saves} saves sent, ${acknowledged.size} acknowledged, ${lost} lost`,
      );
      recordFigures('crash', `crash: ${figures.join('; ')}`);
      expect(lost).toBe(0);
      expect(acknowledged.size).toBeGreaterThan(0);
    },
  );
});
