/**
 * The databases every server suite runs against: a SQLite file in a temp dir always, and
 * PostgreSQL too when DATABASE_URL_TEST is set (each harness gets a fresh schema, dropped after).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, openDatabase } from '../db/connect.ts';
import type { GalleyDb } from '../db/connect.ts';

// Tests create many accounts; the production cost (2^17) would make each take a third of a second.
process.env.GALLEY_SCRYPT_N ??= '1024';

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<GalleyDb & { cleanup(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'galley-test-'));
    const g = await openDatabase({ file: join(dir, 'galley.db') });
    await migrate(g.db);
    return {
      ...g,
      async cleanup() {
        await g.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** Drops a test's private PostgreSQL schema and everything in it. */
export async function dropPgSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const g = await openDatabase({ databaseUrl: url, pgSchema: schema });
      await migrate(g.db);
      return {
        ...g,
        async cleanup() {
          await g.close();
          await dropPgSchema(url, schema);
        },
      };
    },
  };
}

export const backends: Backend[] = [
  sqlite,
  ...(process.env.DATABASE_URL_TEST ? [postgres(process.env.DATABASE_URL_TEST)] : []),
];
