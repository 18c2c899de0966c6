/**
 * Databases written by earlier schema versions (the committed fixtures) upgrade with every row intact,
 * and the app reads and writes them afterwards. Each upgrades to whatever the latest migration is, so
 * a migration appended later is exercised against real old data too. On PostgreSQL (when
 * DATABASE_URL_TEST is set) the fixture's rows are loaded into a schema migrated to the fixture's
 * version first, then upgraded the same way.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import { dropPgSchema } from '../test/backends.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApprovedExportListResponse,
  ApproveResponse,
  CommentListResponse,
  IssueResponse,
  RevisionSummary,
} from '../../api/contract.ts';
import { validateExport } from '../../core/export/index.ts';
import { createApp } from '../app.ts';
import { migrate, openDatabase } from '../db/connect.ts';
import type { GalleyDb } from '../db/connect.ts';
import { migrationProvider, migrations } from '../db/migrations.ts';
import { sha256Hex } from '../util.ts';
import { recordFigures } from './figures.ts';
import {
  LEGACY_AT,
  LEGACY_EDITED,
  LEGACY_FIXTURES,
  LEGACY_PASSWORD,
  LEGACY_SESSION_TOKEN,
  LEGACY_UNTOUCHED,
  LEGACY_USERS,
} from './fixtures/legacy.ts';
import type { LegacyFixture } from './fixtures/legacy.ts';

type Row = Record<string, unknown>;
type Dialect = 'sqlite' | 'postgres';
const HOUR = 3600_000;
const PG_URL = process.env.DATABASE_URL_TEST;
const DIALECTS: Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
const MIGRATION_NAMES = Object.keys(migrations).sort();

/** The fixture as written: its tables in creation order (parents before children), columns and rows. */
interface Fixture {
  tables: string[];
  columns: Map<string, string[]>;
  rows: Map<string, Row[]>;
}

function readFixture(file: string): Fixture {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by rowid",
      )
      .all()
      .map((t) => t.name);
    const columns = new Map<string, string[]>();
    const rows = new Map<string, Row[]>();
    for (const table of tables) {
      columns.set(
        table,
        db
          .prepare<[], { name: string }>(`select name from pragma_table_info('${table}')`)
          .all()
          .map((c) => c.name),
      );
      rows.set(table, db.prepare<[], Row>(`select * from "${table}" order by rowid`).all());
    }
    return { tables, columns, rows };
  } finally {
    db.close();
  }
}

/** Rows as sorted JSON of the given columns: a table rebuilt by a migration may return them reordered. */
const canonical = (rows: Row[], cols: string[]) =>
  rows.map((r) => JSON.stringify(cols.map((c) => r[c]))).sort();

async function selectColumns(g: GalleyDb, table: string, cols: string[]): Promise<Row[]> {
  const { rows } =
    await sql<Row>`select ${sql.join(cols.map((c) => sql.ref(c)))} from ${sql.table(table)}`.execute(g.db);
  return rows;
}

async function columnsNow(g: GalleyDb, table: string): Promise<string[]> {
  const { rows } =
    g.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(g.db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}`.execute(g.db);
  return rows.map((r) => r.name);
}

interface Opened {
  g: GalleyDb;
  cleanup(): Promise<void>;
}

/** SQLite: a copy of the fixture file. PostgreSQL: a fresh schema at the fixture's version holding its rows. */
async function openLegacy(fixture: LegacyFixture, data: Fixture, dialect: Dialect): Promise<Opened> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'galley-upgrade-'));
    const file = join(dir, 'galley.db');
    copyFileSync(fixture.file, file);
    const g = await openDatabase({ file });
    return {
      g,
      async cleanup() {
        await g.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = PG_URL as string;
  const schema = `legacy_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const g = await openDatabase({ databaseUrl: url, pgSchema: schema });
  const migrator = new Migrator({ db: g.db, provider: migrationProvider, migrationTableSchema: schema });
  const { error } = await migrator.migrateTo(fixture.schema);
  if (error) throw error;
  for (const table of data.tables) {
    const rows = data.rows.get(table) ?? [];
    if (table.startsWith('kysely_') || rows.length === 0) continue;
    const cols = data.columns.get(table) ?? [];
    await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))}) values ${sql.join(
      rows.map((r) => sql`(${sql.join(cols.map((c) => r[c]))})`),
    )}`.execute(g.db);
    if (!cols.includes('id')) continue;
    const { rows: seq } = await sql<{
      name: string | null;
    }>`select pg_get_serial_sequence(${table}, 'id') as name`.execute(g.db);
    // Serial ids were inserted explicitly: move the sequence past them, as restoring a dump would.
    const sequence = seq[0]?.name;
    if (sequence) {
      await sql`select setval(${sequence}::regclass, (select max(id) from ${sql.table(table)}))`.execute(
        g.db,
      );
    }
  }
  return {
    g,
    async cleanup() {
      await g.close();
      await dropPgSchema(url, schema);
    },
  };
}

const upgraded: string[] = [];
let rowsIntact = 0;

describe.each(LEGACY_FIXTURES.flatMap((fixture) => DIALECTS.map((dialect) => ({ fixture, dialect }))))(
  'an archive at schema $fixture.schema (committed fixture) on $dialect',
  ({ fixture, dialect }) => {
    const data = readFixture(fixture.file);
    let opened: Opened;
    let g: GalleyDb;
    let app: ReturnType<typeof createApp>;
    const errors: unknown[] = [];

    beforeAll(async () => {
      opened = await openLegacy(fixture, data, dialect);
      g = opened.g;
      await migrate(g.db);
      app = createApp({
        db: g.db,
        dialect: g.dialect,
        config: { now: () => LEGACY_AT + HOUR },
        logError: (err) => errors.push(err),
      });
    });
    afterAll(async () => {
      await opened?.cleanup();
      upgraded.push(`${fixture.schema} on ${dialect}`);
      recordFigures(
        'migration-upgrade',
        `migration upgrade: ${upgraded.length} fixture upgrades (${upgraded.join('; ')}) to ${MIGRATION_NAMES.at(-1)}: ${rowsIntact} old rows intact`,
      );
    });

    async function call(method: string, path: string, init: { cookie?: string; json?: unknown } = {}) {
      const headers: Record<string, string> = { 'X-Galley-CSRF': '1' };
      if (init.cookie) headers.Cookie = init.cookie;
      if (init.json !== undefined) headers['Content-Type'] = 'application/json';
      const res = await app.request(`http://localhost${path}`, {
        method,
        headers,
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      });
      if (res.status >= 500)
        throw new Error(`${res.status} from ${method} ${path}: ${String(errors.at(-1))}`);
      return res;
    }

    async function login(username: string): Promise<string> {
      const res = await call('POST', '/api/auth/login', { json: { username, password: LEGACY_PASSWORD } });
      expect(res.status).toBe(200);
      const m = /galley_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '');
      return `galley_session=${m?.[1]}`;
    }

    const editedIssue = () => {
      const row = data.rows.get('issues')?.find((r) => r.filename === LEGACY_EDITED.filename);
      if (!row) throw new Error('the fixture lost its edited issue');
      return row as { id: string; status: string };
    };
    const fixtureRows = (table: string, issueId: string) =>
      (data.rows.get(table) ?? []).filter((r) => r.issue_id === issueId);

    it('is behind the latest migration, with data in every table it has', () => {
      expect(MIGRATION_NAMES).toContain(fixture.schema);
      const applied = (data.rows.get('kysely_migration') ?? []).map((r) => r.name);
      expect(applied).toEqual(MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(fixture.schema) + 1));
      if (fixture === LEGACY_FIXTURES[0]) {
        // When this fails the oldest fixture is the current schema: write the previous version's.
        expect(MIGRATION_NAMES.length).toBeGreaterThan(applied.length);
      }
      for (const table of data.tables)
        if (!table.startsWith('kysely_')) expect(data.rows.get(table)?.length, table).toBeGreaterThan(0);
    });

    it('upgrades to the latest migration with the database consistent', async () => {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(g.db);
      expect(rows.map((r) => r.name).sort()).toEqual(MIGRATION_NAMES);
      if (dialect === 'sqlite') {
        const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(g.db);
        expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
        expect((await sql`pragma foreign_key_check`.execute(g.db)).rows).toEqual([]);
      }
    });

    it('keeps every row of every table, column for column', async () => {
      for (const table of data.tables) {
        if (table.startsWith('kysely_')) continue;
        const cols = data.columns.get(table) ?? [];
        // No column of the old schema disappeared...
        expect(await columnsNow(g, table), table).toEqual(expect.arrayContaining(cols));
        // ...and no value changed. A migration that rewrites old values on purpose must say so here.
        const before = data.rows.get(table) ?? [];
        expect(canonical(await selectColumns(g, table, cols), cols), table).toEqual(canonical(before, cols));
        rowsIntact += before.length;
      }
    });

    it('keeps sessions and passwords working, and the deactivated account locked out', async () => {
      const me = await call('GET', '/api/auth/me', { cookie: `galley_session=${LEGACY_SESSION_TOKEN}` });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ user: { username: LEGACY_USERS.editor.username } });
      for (const key of ['admin', 'supervisor', 'editor'] as const) await login(LEGACY_USERS[key].username);
      const gone = await call('POST', '/api/auth/login', {
        json: { username: LEGACY_USERS.deactivated.username, password: LEGACY_PASSWORD },
      });
      expect(gone.status).toBe(403);
    });

    it('lists the issues and opens the edited one at its latest revision, with its history and comments', async () => {
      const cookie = await login(LEGACY_USERS.supervisor.username);
      const list = (await (await call('GET', '/api/issues', { cookie })).json()) as {
        items: { filename: string; status: string }[];
      };
      expect(list.items.map((i) => i.filename).sort()).toEqual(
        [LEGACY_EDITED.filename, LEGACY_UNTOUCHED.filename].sort(),
      );
      expect(list.items.find((i) => i.filename === LEGACY_UNTOUCHED.filename)?.status).toBe('proposed');

      const { id, status } = editedIssue();
      const res = await call('GET', `/api/issues/${id}`, { cookie });
      expect(res.status).toBe(200);
      const issue = (await res.json()) as IssueResponse;
      expect(issue.issue).toMatchObject({ revision: LEGACY_EDITED.revisions, status });
      expect(issue.issue.publication).toBe(LEGACY_EDITED.publication);
      expect(issue.doc.articles[0]?.fields.headline).toBe(LEGACY_EDITED.finalHeadline);
      const latest = fixtureRows('revisions', id).find((r) => r.rev === LEGACY_EDITED.revisions);
      expect(issue.doc).toEqual(JSON.parse(String(latest?.doc)));

      const history = (await (await call('GET', `/api/issues/${id}/revisions`, { cookie })).json()) as {
        items: RevisionSummary[];
      };
      const revs = [...history.items].sort((a, b) => a.rev - b.rev);
      expect(revs.map((r) => r.rev)).toEqual([0, 1, 2, 3, 4]);
      expect(revs.map((r) => r.kind)).toEqual(['proposal', 'edit', 'edit', 'restore', 'edit']);
      expect(revs[3]?.restoredFrom).toBe(1);
      expect(revs[4]?.author?.username).toBe(LEGACY_USERS.supervisor.username);

      const comments = (await (
        await call('GET', `/api/issues/${id}/comments`, { cookie })
      ).json()) as CommentListResponse;
      expect(comments.items.map((c) => c.body).sort()).toEqual(
        fixtureRows('comments', id)
          .map((c) => c.body)
          .sort(),
      );
    });

    it('exports the edited issue as a valid galley.export document, and serves old approvals byte for byte', async () => {
      const cookie = await login(LEGACY_USERS.editor.username);
      const { id } = editedIssue();
      const source = String(fixtureRows('issue_sources', id)[0]?.text);
      const res = await call('GET', `/api/issues/${id}/export`, { cookie });
      expect(res.status).toBe(200);
      const check = await validateExport(await res.json(), source);
      expect(check.ok ? [] : check.errors).toEqual([]);
      if (!check.ok) return;
      expect(check.value.articles[0]?.headline).toBe(LEGACY_EDITED.finalHeadline);
      expect(check.value.articles[0]?.reporters).toContainEqual(LEGACY_EDITED.reporter);

      for (const frozen of fixtureRows('approved_exports', id)) {
        const served = await call('GET', `/api/issues/${id}/exports/${String(frozen.version)}`, { cookie });
        expect(served.status).toBe(200);
        const text = await served.text();
        expect(text).toBe(frozen.content);
        expect(sha256Hex(text)).toBe(frozen.sha256);
        const old = await validateExport(text, source);
        expect(old.ok ? [] : old.errors).toEqual([]);
      }
    });

    it('takes new saves, a submission and an approval on the upgraded data', async () => {
      const editor = await login(LEGACY_USERS.editor.username);
      const supervisor = await login(LEGACY_USERS.supervisor.username);
      const { id, status } = editedIssue();
      if (status === 'approved') {
        const reopened = await call('POST', `/api/issues/${id}/reopen`, {
          cookie: supervisor,
          json: { reason: '升级后复核' },
        });
        expect(reopened.status).toBe(200);
      }
      const current = (await (
        await call('GET', `/api/issues/${id}`, { cookie: editor })
      ).json()) as IssueResponse;
      const doc = structuredClone(current.doc);
      for (const a of doc.articles) a.boundary = { ...a.boundary, confidence: 1, confirmed: true };
      const saveRes = await app.request(`http://localhost/api/issues/${id}/document`, {
        method: 'PUT',
        headers: {
          'X-Galley-CSRF': '1',
          'Content-Type': 'application/json',
          'If-Match': `"${current.issue.revision}"`,
          Cookie: editor,
        },
        body: JSON.stringify({ doc, saveId: 'after-upgrade-save-1' }),
      });
      expect(saveRes.status).toBe(200);
      expect(await saveRes.json()).toEqual({ revision: LEGACY_EDITED.revisions + 1 });

      const submitted = await call('POST', `/api/issues/${id}/submit`, {
        cookie: editor,
        json: { message: '升级后提交' },
      });
      expect(submitted.status).toBe(200);
      const approved = await call('POST', `/api/issues/${id}/approve`, { cookie: supervisor, json: {} });
      expect(approved.status).toBe(200);
      const frozenBefore = fixtureRows('approved_exports', id).length;
      const body = (await approved.json()) as ApproveResponse;
      expect(body.export).toMatchObject({ version: frozenBefore + 1, revision: LEGACY_EDITED.revisions + 1 });
      const versions = (await (
        await call('GET', `/api/issues/${id}/exports`, { cookie: editor })
      ).json()) as ApprovedExportListResponse;
      expect(versions.items.map((v) => v.version).sort()).toEqual(
        Array.from({ length: frozenBefore + 1 }, (_, i) => i + 1),
      );
    });
  },
);
