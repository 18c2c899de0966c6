import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../core/model.ts';
import { backends } from '../test/backends.ts';
import { createHarness, docFor, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { envCount, recordFigures } from './figures.ts';

const ROUNDS = envCount('CONCURRENCY_ROUNDS', 6);
const figures: string[] = [];

/** A valid doc that differs per client and round, so a lost or swapped save is visible in the chain. */
function docOf(round: number, client: number): Doc {
  const doc = docFor(SAMPLE_TEXT);
  const first = doc.articles[0];
  if (first) first.fields = { headline: `r${round}c${client}` };
  return doc;
}

describe.each(backends)('concurrent saves on $name', (backend) => {
  let h: Harness;
  let cookies: string[];
  beforeAll(async () => {
    h = await createHarness(backend);
    // Each client a session of its own, as separate browsers would be.
    cookies = [];
    for (let i = 0; i < 10; i++) cookies.push(await h.cookieFor(i % 2 ? 'editor' : 'supervisor'));
  });
  afterAll(() => h.cleanup());

  it('lets exactly one of 2–10 racing saves win each revision, refuses the rest with 412, and loses none', async () => {
    const issueId = await h.importText(SAMPLE_TEXT, `race-${backend.name}.txt`);
    const acknowledged = new Map<number, string>();
    let base = 0;
    let losers = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const clients = 2 + (round % 9);
      const results = await Promise.all(
        Array.from({ length: clients }, async (_, c) => {
          const res = await h.request('PUT', `/api/issues/${issueId}/document`, {
            cookie: cookies[c],
            headers: { 'If-Match': `"${base}"` },
            json: { doc: docOf(round, c), saveId: `save-${round}-${c}-${backend.name}` },
          });
          return { c, status: res.status, body: (await res.json()) as { revision?: number } };
        }),
      );
      const winners = results.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.status !== 200).every((r) => r.status === 412)).toBe(true);
      losers += results.length - 1;
      const won = winners[0]!;
      expect(won.body.revision).toBe(base + 1);
      acknowledged.set(base + 1, `r${round}c${won.c}`);
      base += 1;
    }

    const revs = await h.db
      .selectFrom('revisions')
      .select(['rev', 'base_rev', 'doc'])
      .where('issue_id', '=', issueId)
      .orderBy('rev')
      .execute();
    // No gaps, no forks: revisions 0..ROUNDS, each based on the one before.
    expect(revs.map((r) => r.rev)).toEqual(Array.from({ length: ROUNDS + 1 }, (_, i) => i));
    for (const r of revs.slice(1)) expect(r.base_rev).toBe(r.rev - 1);
    for (const [rev, headline] of acknowledged) {
      const doc = JSON.parse(revs[rev]!.doc) as Doc;
      expect(doc.articles[0]?.fields.headline).toBe(headline);
    }
    const issue = await h.db
      .selectFrom('issues')
      .select('current_rev')
      .where('id', '=', issueId)
      .executeTakeFirstOrThrow();
    expect(issue.current_rev).toBe(ROUNDS);
    figures.push(`${backend.name}: ${ROUNDS} rounds, ${ROUNDS + losers} saves, ${losers} refused with 412`);
    recordFigures('concurrency', `concurrency: ${figures.join('; ')}; forks 0, gaps 0, lost 0`);
  });

  it('copies of one save (same saveId) sent at once all get its revision: no fork, no false conflict', async () => {
    const issueId = await h.importText(`${SAMPLE_TEXT}\n重试\n`, `retry-${backend.name}.txt`);
    const text = `${SAMPLE_TEXT}\n重试\n`;
    const send = () =>
      h.request('PUT', `/api/issues/${issueId}/document`, {
        cookie: cookies[0],
        headers: { 'If-Match': '0' },
        json: { doc: docFor(text), saveId: `retry-same-${backend.name}` },
      });
    const results = await Promise.all([send(), send(), send(), send()]);
    // Every copy is the same save: each is told revision 1, none is called stale.
    for (const res of results) {
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ revision: 1 });
    }
    const count = await h.db
      .selectFrom('revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('issue_id', '=', issueId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });
});
