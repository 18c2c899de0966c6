/**
 * Server load figures, printed (never asserted), moved out of the unit suite: importing a 2 MB issue
 * through the API, autosaves on it, and library queries over 10,000 seeded issues, in-process
 * (app.request, no socket). SQLite always; PostgreSQL too when DATABASE_URL_TEST is set.
 *
 *   npx tsx bench/server-load.ts [--quick]
 *
 * The checks only make sure the answers are right, so a figure is never the time of an error page.
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { seedIssues } from '../scripts/seed.ts';
import { importResponseSchema, issueListResponseSchema, issueResponseSchema } from '../src/api/contract.ts';
import { backends } from '../src/server/test/backends.ts';
import type { Backend } from '../src/server/test/backends.ts';
import { createHarness } from '../src/server/test/harness.ts';
import { generateIssue } from './generate.ts';

const QUERIES = [
  '',
  '?sort=-date&pageSize=200',
  '?publication=湘江日报&sort=date',
  '?status=submitted&from=2005-01-01&to=2015-12-31',
  '?q=新进展&page=40',
  `?q=${encodeURIComponent('教育建设')}`,
  '?sort=-flags&page=50',
];

export interface ServerLoadFigure {
  backend: string;
  figure: string;
  ms: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`server load: ${what}`);
}

async function runBackend(backend: Backend, quick: boolean, log: (line: string) => void) {
  const figures: ServerLoadFigure[] = [];
  const add = (figure: string, ms: number) => figures.push({ backend: backend.name, figure, ms });
  const h = await createHarness(backend);
  try {
    const bytesWanted = quick ? 100_000 : 2 * 1024 * 1024;
    let text = generateIssue(quick ? 40_000 : 700_000);
    while (new TextEncoder().encode(text).length < bytesWanted) text += generateIssue(50_000, text.length);
    const bytes = new TextEncoder().encode(text);
    const form = new FormData();
    form.append('files', new File([bytes], '衡阳晚报-2022-09-01-A01.txt'));
    let t = performance.now();
    const res = await h.request('POST', '/api/issues/import', { cookie: h.cookies.editor, body: form });
    add(`import ${(bytes.length / 1048576).toFixed(2)} MB`, performance.now() - t);
    const result = importResponseSchema.parse(await res.json()).results[0];
    check(result?.status === 'imported', 'the import failed');
    const id = result?.issueId ?? '';
    t = performance.now();
    const detail = await h.request('GET', `/api/issues/${id}`, { cookie: h.cookies.editor });
    add('read the issue back', performance.now() - t);
    check(detail.status === 200, 'reading the issue failed');
    const { doc } = issueResponseSchema.parse(await detail.json());
    const saves: number[] = [];
    for (let rev = 0; rev < 3; rev++) {
      const article = doc.articles[rev];
      if (article) article.boundary = { ...article.boundary, confirmed: true };
      t = performance.now();
      const saved = await h.request('PUT', `/api/issues/${id}/document`, {
        cookie: h.cookies.editor,
        json: { doc, saveId: `load-save-${rev}` },
        headers: { 'If-Match': String(rev) },
      });
      saves.push(performance.now() - t);
      check(saved.status === 200, `autosave ${rev + 1} failed`);
    }
    add('autosave (median of 3)', median(saves));
    const changed: number[] = [];
    for (let rev = 3; rev < 6; rev++) {
      const article = doc.articles[rev];
      if (article) article.boundary = { ...article.boundary, confirmed: true };
      const articles = doc.articles.map((a, i) => (i === rev ? a : a.id));
      t = performance.now();
      const saved = await h.request('PUT', `/api/issues/${id}/document`, {
        cookie: h.cookies.editor,
        json: { changes: { articles }, saveId: `load-save-${rev}` },
        headers: { 'If-Match': String(rev) },
      });
      changed.push(performance.now() - t);
      check(saved.status === 200, `autosave ${rev + 1} (as changes) failed`);
    }
    add('autosave as changes (median of 3)', median(changed));

    const seeded = quick ? 200 : 10_000;
    t = performance.now();
    await seedIssues(h.db, seeded);
    add(`seed ${seeded} issues`, performance.now() - t);
    // As autovacuum would shortly after a bulk load (see sections/server.ts).
    if (h.dialect === 'postgres') await sql`analyze`.execute(h.db);
    for (const q of QUERIES) {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        t = performance.now();
        const list = await h.request('GET', `/api/issues${q}`, { cookie: h.cookies.editor });
        times.push(performance.now() - t);
        check(list.status === 200, `GET /api/issues${q}: ${list.status}`);
        issueListResponseSchema.parse(await list.json());
      }
      add(`GET /api/issues${q || ' (default)'} (median of 5)`, median(times));
    }
    t = performance.now();
    const reporters = await h.request('GET', '/api/reporters?q=王', { cookie: h.cookies.editor });
    add('GET /api/reporters?q=王', performance.now() - t);
    check(reporters.status === 200, 'the reporter query failed');
  } finally {
    await h.cleanup();
  }
  for (const f of figures) log(`  [${f.backend}] ${f.figure}: ${f.ms.toFixed(1)} ms`);
  return figures;
}

export async function serverLoad(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): Promise<ServerLoadFigure[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const all: ServerLoadFigure[] = [];
  for (const backend of backends) all.push(...(await runBackend(backend, options.quick ?? false, log)));
  return all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('Server load (in-process requests)');
  await serverLoad({ quick: process.argv.includes('--quick') });
}
