/**
 * The server under load on loopback: 20 editors autosaving 300k-character issues every second, and
 * the library listing over 10,000 issues. SQLite always; PostgreSQL too when DATABASE_URL_TEST is set.
 */
import { seedIssues } from '../../scripts/seed.ts';
import { migrate, openDatabase } from '../../src/server/db/connect.ts';
import { generateIssue } from '../generate.ts';
import { autosaveLoad, healthLoad } from '../lib/autosave-load.ts';
import { figure, sizeLabel } from '../lib/figures.ts';
import type { SectionResult } from '../lib/figures.ts';
import { ApiClient, startGalley } from '../lib/galley-server.ts';
import type { GalleyServer } from '../lib/galley-server.ts';
import type { BenchOptions } from '../lib/options.ts';
import { summarise } from '../lib/stats.ts';

/** The library queries of src/server/load.test.ts: default, sorted, filtered, searched, deep pages. */
const LIST_QUERIES = [
  '',
  '?sort=-date&pageSize=200',
  '?publication=湘江日报&sort=date',
  '?status=submitted&from=2005-01-01&to=2015-12-31',
  '?q=新进展&page=40',
  `?q=${encodeURIComponent('教育建设')}`,
  '?sort=-flags&page=50',
];

async function seed(server: GalleyServer, count: number): Promise<void> {
  const g = await openDatabase(server.database);
  try {
    await migrate(g.db);
    await seedIssues(g.db, count);
  } finally {
    await g.close();
  }
}

async function timeRequests(api: ApiClient, paths: string[], runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const path of paths) {
      const t0 = performance.now();
      const res = await api.request('GET', path);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    }
  }
  return times;
}

async function runBackend(options: BenchOptions, postgresUrl: string | undefined, result: SectionResult) {
  const clients = options.quick ? 2 : 20;
  const seconds = options.quick ? 3 : 30;
  const chars = options.quick ? 20_000 : 300_000;
  const seeded = options.quick ? 200 : 10_000;
  const server = await startGalley(postgresUrl ? { postgresUrl } : {});
  const tag = server.backend;
  try {
    const api = await ApiClient.login(server.url);
    const ids: string[] = [];
    for (let i = 0; i < clients; i++) ids.push(await api.importText(`bench-load-${i + 1}.txt`, generateIssue(chars, 100 + i)));
    const health = summarise((await healthLoad(api, clients, options.quick ? 2 : 10)).latencies);
    const load = await autosaveLoad(api, ids, seconds);
    const saves = summarise(load.latencies);
    const size = sizeLabel(chars);
    result.figures.push(
      figure({
        section: 'server',
        name: `${tag}: autosave, ${clients} clients × 1/s`,
        size,
        unit: 'ms',
        stat: 'p95',
        value: saves.p95,
        stats: saves,
        baseline: { label: `GET /api/health, ${clients} clients × 1/s`, value: health.p95, stats: health },
        target: { max: 50, text: 'p95 ≤ 50 ms' },
        note: `${saves.n} saves in ${seconds} s, ${load.conflicts} conflicts (412)`,
      }),
      figure({
        section: 'server',
        name: `${tag}: autosave errors`,
        size,
        unit: '',
        stat: 'count',
        value: load.errors,
        target: { max: 0, text: '0' },
        ...(load.firstError ? { note: `first: ${load.firstError}` } : {}),
      }),
    );
    await seed(server, seeded);
    const paths = LIST_QUERIES.map((q) => `/api/issues${q}`);
    const runs = options.quick ? 1 : 5;
    const list = summarise(await timeRequests(api, paths, runs));
    const floor = summarise(await timeRequests(api, paths.map(() => '/api/health'), runs));
    result.figures.push(
      figure({
        section: 'server',
        name: `${tag}: library listing, ${seeded.toLocaleString('en-US')} issues`,
        size: '',
        unit: 'ms',
        stat: 'p95',
        value: list.p95,
        stats: list,
        baseline: { label: 'GET /api/health, one at a time', value: floor.p95, stats: floor },
        target: { max: 50, text: 'p95 ≤ 50 ms' },
        note: `${LIST_QUERIES.length} queries (filters, search, deep pages) × ${runs}`,
      }),
    );
  } finally {
    await server.stop();
  }
}

export async function runServer(options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  await runBackend(options, undefined, result);
  const pgUrl = process.env.DATABASE_URL_TEST;
  if (pgUrl) await runBackend(options, pgUrl, result);
  else result.notes.push('PostgreSQL skipped: set DATABASE_URL_TEST to measure it too');
  return result;
}
