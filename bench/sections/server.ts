/**
 * The server under load on loopback: 20 editors autosaving 300k-character issues every second, and
 * the library listing over 10,000 issues. SQLite always; PostgreSQL too when DATABASE_URL_TEST is set.
 */
import { sql } from 'kysely';
import { seedIssues } from '../../scripts/seed.ts';
import { migrate, openDatabase } from '../../src/server/db/connect.ts';
import { generateIssue } from '../generate.ts';
import { serverLoad } from '../server-load.ts';
import type { ServerLoadFigure } from '../server-load.ts';
import { autosaveLoad, healthLoad } from '../lib/autosave-load.ts';
import type { LoadResult } from '../lib/autosave-load.ts';
import { monotonicUs } from '../lib/cpuprofile.ts';
import type { Window } from '../lib/cpuprofile.ts';
import { figure, sizeLabel } from '../lib/figures.ts';
import type { SectionResult } from '../lib/figures.ts';
import { ApiClient, startGalley } from '../lib/galley-server.ts';
import type { GalleyServer } from '../lib/galley-server.ts';
import type { BenchOptions } from '../lib/options.ts';
import { summariseWindow, takeServerProfile } from '../lib/server-profile.ts';
import { summarise } from '../lib/stats.ts';
import { changesLoad } from './server-changes-load.ts';

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

/** The targets are for 20 clients, 300k issues and 10,000 issues: the smoke's toy load is not judged. */
function target(options: BenchOptions, max: number, text: string) {
  return options.quick ? {} : { target: { max, text } };
}

async function seed(server: GalleyServer, count: number): Promise<void> {
  const g = await openDatabase(server.database);
  try {
    await migrate(g.db);
    await seedIssues(g.db, count);
    // PostgreSQL's autovacuum analyses a table this size within a minute of a bulk load; the bench
    // queries straight after it, so it analyses itself rather than time plans made without statistics.
    if (g.dialect === 'postgres') await sql`analyze`.execute(g.db);
  } finally {
    await g.close();
  }
}

/** Each path `runs` times, round robin; the times of every request, and per path. */
async function timeRequests(
  api: ApiClient,
  paths: string[],
  runs: number,
): Promise<{ all: number[]; byPath: Map<string, number[]> }> {
  const all: number[] = [];
  const byPath = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    for (const path of paths) {
      const t0 = performance.now();
      const res = await api.request('GET', path);
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
      all.push(ms);
      byPath.set(path, [...(byPath.get(path) ?? []), ms]);
    }
  }
  return { all, byPath };
}

async function runBackend(options: BenchOptions, postgresUrl: string | undefined, result: SectionResult) {
  const clients = options.quick ? 2 : 20;
  const seconds = options.quick ? 3 : 30;
  const chars = options.quick ? 20_000 : 300_000;
  const seeded = options.quick ? 200 : 10_000;
  const server = await startGalley({ ...(postgresUrl ? { postgresUrl } : {}), cpuProfile: options.profile });
  const tag = server.backend;
  const windows: { subject: string; window: Window; figure: string }[] = [];
  let taken: ReturnType<typeof takeServerProfile>;
  const timed = async <T>(subject: string, figureName: string, fn: () => Promise<T>): Promise<T> => {
    const fromUs = monotonicUs();
    const value = await fn();
    windows.push({ subject, figure: figureName, window: { fromUs, toUs: monotonicUs() } });
    return value;
  };
  try {
    const api = await ApiClient.login(server.url);
    const ids: string[] = [];
    for (let i = 0; i < clients; i++)
      ids.push(await api.importText(`bench-load-${i + 1}.txt`, generateIssue(chars, 100 + i)));
    const healthRun = await healthLoad(api, clients, options.quick ? 2 : 10);
    const health = summarise(healthRun.latencies);
    const saveName = `${tag}: autosave, ${clients} clients × 1/s`;
    const load = await timed(`server (${tag}) during the autosave load`, saveName, () =>
      autosaveLoad(api, ids, seconds),
    );
    const size = sizeLabel(chars);
    const healthBaseline = {
      label: `GET /api/health, ${clients} clients × 1/s`,
      value: health.p95,
      stats: health,
    };
    const pushSaves = (name: string, run: LoadResult, errorsName: string, what: string) => {
      const saves = summarise(run.latencies);
      result.figures.push(
        figure({
          section: 'server',
          name,
          size,
          unit: 'ms',
          stat: 'p95',
          value: saves.p95,
          stats: saves,
          baseline: healthBaseline,
          ...target(options, 50, 'p95 ≤ 50 ms'),
          note: `${saves.n} ${what} in ${seconds} s, ${run.conflicts} conflicts (412)`,
        }),
        figure({
          section: 'server',
          name: errorsName,
          size,
          unit: '',
          stat: 'count',
          value: run.errors,
          baseline: { label: `GET /api/health, ${clients} clients × 1/s`, value: healthRun.errors },
          ...target(options, 0, '0'),
          ...(run.firstError ? { note: `first: ${run.firstError}` } : {}),
        }),
      );
    };
    pushSaves(saveName, load, `${tag}: autosave errors`, 'saves of the whole document');
    // The same load with each save sent as changes to its If-Match revision (PUT { saveId, changes }).
    const changesName = `${tag}: autosave as changes, ${clients} clients × 1/s`;
    const changes = await timed(`server (${tag}) during the autosave-as-changes load`, changesName, () =>
      changesLoad(api, ids, seconds),
    );
    pushSaves(changesName, changes, `${tag}: autosave-as-changes errors`, 'saves of changes');
    await seed(server, seeded);
    // Seeding blocks this process for a while: let the client notice the keep-alive sockets the
    // server closed meanwhile, or the next request goes out on a dead one ("other side closed").
    await new Promise((r) => setTimeout(r, 200));
    const paths = LIST_QUERIES.map((q) => `/api/issues${q}`);
    const runs = options.quick ? 1 : 5;
    const listName = `${tag}: library listing, ${seeded.toLocaleString('en-US')} issues`;
    const listed = await timed(`server (${tag}) during the library listing`, listName, () =>
      timeRequests(api, paths, runs),
    );
    const list = summarise(listed.all);
    const healthPaths = paths.map(() => '/api/health');
    const floor = summarise((await timeRequests(api, healthPaths, runs)).all);
    const slowest = [...listed.byPath]
      .map(([path, times]) => ({ path, median: summarise(times).median }))
      .sort((a, b) => b.median - a.median)
      .slice(0, 3)
      .map((q) => `${q.path} ${q.median.toFixed(0)} ms`);
    result.figures.push(
      figure({
        section: 'server',
        name: listName,
        size: '',
        unit: 'ms',
        stat: 'p95',
        value: list.p95,
        stats: list,
        baseline: { label: 'GET /api/health, one at a time', value: floor.p95, stats: floor },
        ...target(options, 50, 'p95 ≤ 50 ms'),
        note: `${LIST_QUERIES.length} queries (filters, search, deep pages) × ${runs}; slowest medians: ${slowest.join(', ')}`,
      }),
    );
  } catch (err) {
    const tail = server.output().trim().split('\n').slice(-15).join('\n');
    throw new Error(`${err instanceof Error ? err.message : String(err)}; the server printed:\n${tail}`, {
      cause: err,
    });
  } finally {
    await server.stop();
    taken = takeServerProfile(server.profileDir, `server-${tag}`);
  }
  for (const w of windows) {
    const missed = result.figures.some((f) => f.name === w.figure && f.pass === false);
    if (taken && missed)
      result.profiles.push(summariseWindow(taken.profile, taken.file, w.subject, w.window));
  }
}

/**
 * The server engineer's in-process figures (bench/server-load.ts: app.request, no socket): a 2 MB
 * import, reading it back, autosaves on it, seeding, the reporter search. Informational: no targets,
 * and no baseline beyond the HTTP figures above. Its list-query medians go into one note.
 */
function inProcess(figures: ServerLoadFigure[], result: SectionResult): void {
  const lists = new Map<string, string[]>();
  for (const f of figures) {
    if (f.figure.startsWith('GET /api/issues')) {
      lists.set(f.backend, [
        ...(lists.get(f.backend) ?? []),
        `${f.figure.replace(/ \(median of 5\)$/, '')} ${f.ms.toFixed(0)} ms`,
      ]);
      continue;
    }
    result.figures.push(
      figure({
        section: 'server',
        name: `${f.backend}, in-process: ${f.figure}`,
        size: '',
        unit: 'ms',
        stat: 'value',
        value: f.ms,
      }),
    );
  }
  for (const [backend, list] of lists)
    result.notes.push(`${backend}, in-process list query medians: ${list.join('; ')}`);
}

export async function runServer(options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  await runBackend(options, undefined, result);
  const pgUrl = process.env.DATABASE_URL_TEST;
  if (pgUrl) await runBackend(options, pgUrl, result);
  else result.notes.push('PostgreSQL skipped: set DATABASE_URL_TEST to measure it too');
  inProcess(await serverLoad({ quick: options.quick, log: () => {} }), result);
  return result;
}
