/** The dashboard figures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsResponseSchema } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { editedIssue, post } from '../test/review.ts';
import { median, weekStart } from './stats.ts';

describe('stats helpers', () => {
  it('weeks start on Monday 00:00 UTC', () => {
    expect(new Date(weekStart(Date.parse('2026-03-01T09:00:00Z'))).toISOString()).toBe(
      '2026-02-23T00:00:00.000Z',
    );
    expect(new Date(weekStart(Date.parse('2026-03-02T00:00:00Z'))).toISOString()).toBe(
      '2026-03-02T00:00:00.000Z',
    );
    expect(new Date(weekStart(Date.parse('2026-03-08T23:59:59Z'))).toISOString()).toBe(
      '2026-03-02T00:00:00.000Z',
    );
  });
  it('the median of an even count is the mean of the middle two; of nothing, null', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe.each(backends)('GET /api/stats on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const stats = async () =>
    statsResponseSchema.parse(
      await (await h.request('GET', '/api/stats', { cookie: h.cookies.supervisor })).json(),
    );

  it('counts issues per status, the median editing time, boundary changes per publication and approvals per week', async () => {
    const empty = await stats();
    expect(empty.medianEditingSeconds).toBeNull();
    expect(empty.approvalsPerWeek).toHaveLength(12);
    expect(empty.approvalsPerWeek.at(-1)).toEqual({ weekStart: '2026-02-23', count: 0 });

    // Three issues: edited for 10, 20 and 60 minutes before submission; two approved a week apart.
    const ids: string[] = [];
    for (const minutes of [10, 20, 60]) {
      const id = await editedIssue(h);
      h.clock.t += minutes * 60_000;
      await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
      ids.push(id);
    }
    await post(h, `/api/issues/${ids[0]}/approve`, h.cookies.supervisor);
    h.clock.t += 7 * 86_400_000;
    // Sessions idle out after 12 hours: log in again after the week.
    const supervisor = await h.cookieFor('supervisor');
    await post(h, `/api/issues/${ids[1]}/approve`, supervisor);
    await editedIssue(h, supervisor);

    const s = statsResponseSchema.parse(
      await (await h.request('GET', '/api/stats', { cookie: supervisor })).json(),
    );
    expect(s.byStatus).toEqual({
      proposed: 0,
      in_progress: 1,
      submitted: 1,
      approved: 2,
      changes_requested: 0,
    });
    expect(s.medianEditingSeconds).toBe(20 * 60);
    const rows = await h.db
      .selectFrom('submissions')
      .select(['proposal_articles', 'boundaries_changed'])
      .execute();
    const articles = rows.reduce((n, r) => n + r.proposal_articles, 0);
    const changed = rows.reduce((n, r) => n + r.boundaries_changed, 0);
    expect(s.boundariesByPublication).toEqual([
      {
        publication: null,
        issues: 3,
        articles,
        boundariesChanged: changed,
        per100Articles: Math.round((10_000 * changed) / articles) / 100,
      },
    ]);
    expect(s.approvalsPerWeek.slice(-2)).toEqual([
      { weekStart: '2026-02-23', count: 1 },
      { weekStart: '2026-03-02', count: 1 },
    ]);
    const editor = await h.cookieFor('editor');
    expect((await h.request('GET', '/api/stats', { cookie: editor })).status).toBe(403);
  });
});
