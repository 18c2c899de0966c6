/**
 * Load figures (printed, never asserted): importing a 2 MB issue through the API, and library queries
 * over 10,000 issues seeded by scripts/seed.ts. The assertions check only that the answers are right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIssue } from '../../bench/generate.ts';
import { seedIssues } from '../../scripts/seed.ts';
import { importResponseSchema, issueListResponseSchema, issueResponseSchema } from '../api/contract.ts';
import { backends } from './test/backends.ts';
import { createHarness } from './test/harness.ts';
import type { Harness } from './test/harness.ts';

const SEEDED = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

describe.each(backends)('load on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  it('imports a 2 MB issue in one request', async () => {
    let text = generateIssue(700_000);
    while (new TextEncoder().encode(text).length < 2 * 1024 * 1024)
      text += generateIssue(50_000, text.length);
    const bytes = new TextEncoder().encode(text);
    const form = new FormData();
    form.append('files', new File([bytes], '衡阳晚报-2022-09-01-A01.txt'));
    const t0 = performance.now();
    const res = await h.request('POST', '/api/issues/import', { cookie: h.cookies.editor, body: form });
    const ms = performance.now() - t0;
    const result = importResponseSchema.parse(await res.json()).results[0];
    expect(result?.status).toBe('imported');
    const t1 = performance.now();
    const detail = await h.request('GET', `/api/issues/${result?.issueId}`, { cookie: h.cookies.editor });
    const readMs = performance.now() - t1;
    expect(detail.status).toBe(200);
    const { doc } = issueResponseSchema.parse(await detail.json());
    const saves: number[] = [];
    for (let rev = 0; rev < 3; rev++) {
      // An autosave after one small edit: confirming the boundary of one article.
      const first = doc.articles[rev];
      if (first) first.boundary = { ...first.boundary, confirmed: true };
      const t2 = performance.now();
      const saved = await h.request('PUT', `/api/issues/${result?.issueId}/document`, {
        cookie: h.cookies.editor,
        json: { doc, saveId: `load-save-${rev}` },
        headers: { 'If-Match': String(rev) },
      });
      saves.push(performance.now() - t2);
      expect(saved.status).toBe(200);
    }
    console.log(
      `[load:${backend.name}] import of ${(bytes.length / 1048576).toFixed(2)} MB ` +
        `(${doc.articles.length} articles): ${ms.toFixed(0)} ms; reading it back: ${readMs.toFixed(0)} ms; ` +
        `autosaves: ${saves.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
  }, 120_000);

  it(`lists the library quickly with ${SEEDED} issues`, async () => {
    const t0 = performance.now();
    await seedIssues(h.db, SEEDED);
    const seedMs = performance.now() - t0;
    const queries = [
      '',
      '?sort=-date&pageSize=200',
      '?publication=湘江日报&sort=date',
      '?status=submitted&from=2005-01-01&to=2015-12-31',
      '?q=新进展&page=40',
      `?q=${encodeURIComponent('教育建设')}`,
      '?sort=-flags&page=50',
    ];
    const lines: string[] = [];
    for (const q of queries) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < 5; run++) {
        const t = performance.now();
        const res = await h.request('GET', `/api/issues${q}`, { cookie: h.cookies.editor });
        times.push(performance.now() - t);
        total = issueListResponseSchema.parse(await res.json()).total;
      }
      lines.push(
        `  GET /api/issues${q || ' (default)'}: median ${median(times).toFixed(1)} ms, total ${total}`,
      );
    }
    const all = issueListResponseSchema.parse(
      await (await h.request('GET', '/api/issues', { cookie: h.cookies.editor })).json(),
    );
    expect(all.total).toBeGreaterThanOrEqual(SEEDED);
    expect(all.items).toHaveLength(50);
    const t1 = performance.now();
    const reporters = await h.request('GET', '/api/reporters?q=王', { cookie: h.cookies.editor });
    const reportersMs = performance.now() - t1;
    expect(reporters.status).toBe(200);
    console.log(
      `[load:${backend.name}] seeded ${SEEDED} issues in ${(seedMs / 1000).toFixed(1)} s\n${lines.join('\n')}\n` +
        `  GET /api/reporters?q=王: ${reportersMs.toFixed(1)} ms`,
    );
  }, 300_000);
});
