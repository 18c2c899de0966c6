/**
 * Opens the database: SQLite (default, a file) or PostgreSQL (`postgres://…`), and runs the
 * migrations. Everything dialect-specific lives in this file.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  sql,
  SqliteAdapter,
  SqliteDialect,
} from 'kysely';
import type { DialectAdapter } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface GalleyDb {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…` selects PostgreSQL; otherwise `file` (SQLite) is used. */
  databaseUrl?: string | undefined;
  /** SQLite file; its folder is created. */
  file?: string | undefined;
  /** PostgreSQL only: work inside this schema (created if missing). Tests use one schema per run. */
  pgSchema?: string | undefined;
}

/** SQLite does support transactional DDL; Kysely's adapter only declines it to be safe. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export function defaultDatabaseOptions(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  return { databaseUrl: env.DATABASE_URL, file: env.GALLEY_DB ?? './data/galley.db' };
}

export async function openDatabase(options: OpenOptions): Promise<GalleyDb> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const schema = options.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
      throw new Error(`bad schema name ${schema}`);
    if (schema) {
      const setup = new pg.Client({ connectionString: url });
      await setup.connect();
      try {
        await setup.query(`create schema if not exists ${schema}`);
      } finally {
        await setup.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = options.file ?? './data/galley.db';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Applies pending migrations, all in one transaction; throws on failure. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  // Kysely looks for its migration tables in every schema unless told which: with two Galley schemas
  // in one PostgreSQL database (tests run side by side) it would find the other's and skip its own.
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error });
  }
}

/** A unique or primary-key violation, in either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
