/** Figures for the supervisors' dashboard. */
import type { Kysely } from 'kysely';
import { ISSUE_STATUSES } from '../../api/contract.ts';
import type { IssueStatus, StatsResponse } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { isoNow } from '../util.ts';

const DAY_MS = 86_400_000;
const WEEKS = 12;

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * DAY_MS;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function dashboardStats(db: Kysely<Database>, now: number): Promise<StatsResponse> {
  const statusRows = await db
    .selectFrom('issues')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const byStatus = Object.fromEntries(ISSUE_STATUSES.map((s) => [s, 0])) as Record<IssueStatus, number>;
  for (const r of statusRows) byStatus[r.status] = Number(r.n);

  // Editing time: the first save to the latest submission, per issue that was ever submitted.
  const [submits, firstSaves] = await Promise.all([
    db
      .selectFrom('submissions')
      .select(['issue_id', (eb) => eb.fn.max('submitted_at').as('at')])
      .groupBy('issue_id')
      .execute(),
    db
      .selectFrom('revisions')
      .select(['issue_id', (eb) => eb.fn.min('created_at').as('at')])
      .where('kind', '!=', 'proposal')
      .groupBy('issue_id')
      .execute(),
  ]);
  const firstSave = new Map(firstSaves.map((r) => [r.issue_id, String(r.at)]));
  const durations: number[] = [];
  for (const s of submits) {
    const start = firstSave.get(s.issue_id);
    if (start === undefined) continue;
    const seconds = (Date.parse(String(s.at)) - Date.parse(start)) / 1000;
    if (seconds >= 0) durations.push(seconds);
  }

  // The latest submission of each issue holds the figures of the revision under review or approved.
  const pubRows = await db
    .selectFrom('issues')
    .innerJoin('submissions', 'submissions.id', 'issues.submission_id')
    .select([
      'issues.publication',
      (eb) => eb.fn.countAll().as('issues'),
      (eb) => eb.fn.sum('submissions.proposal_articles').as('articles'),
      (eb) => eb.fn.sum('submissions.boundaries_changed').as('changed'),
    ])
    .groupBy('issues.publication')
    .orderBy('issues.publication')
    .execute();
  const boundariesByPublication = pubRows.map((r) => {
    const articles = Number(r.articles ?? 0);
    const changed = Number(r.changed ?? 0);
    return {
      publication: r.publication,
      issues: Number(r.issues),
      articles,
      boundariesChanged: changed,
      per100Articles: articles > 0 ? Math.round((10_000 * changed) / articles) / 100 : 0,
    };
  });

  const first = weekStart(now) - (WEEKS - 1) * 7 * DAY_MS;
  const approvals = await db
    .selectFrom('approved_exports')
    .select('approved_at')
    .where('approved_at', '>=', isoNow(first))
    .execute();
  const counts = new Array<number>(WEEKS).fill(0);
  for (const a of approvals) {
    const week = Math.floor((weekStart(Date.parse(a.approved_at)) - first) / (7 * DAY_MS));
    if (week >= 0 && week < WEEKS) counts[week] = (counts[week] ?? 0) + 1;
  }
  const approvalsPerWeek = counts.map((count, i) => ({
    weekStart: isoNow(first + i * 7 * DAY_MS).slice(0, 10),
    count,
  }));

  return { byStatus, medianEditingSeconds: median(durations), boundariesByPublication, approvalsPerWeek };
}
