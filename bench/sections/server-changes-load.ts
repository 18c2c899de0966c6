/**
 * The autosave load of bench/lib/autosave-load.ts, but each save sent as changes to the If-Match
 * revision (PUT { saveId, changes }): the changed article whole, the others by id, as an editor
 * client that tracks what it changed since its last acknowledged save would send them.
 */
import type { Doc } from '../../src/core/model.ts';
import type { LoadResult } from '../lib/autosave-load.ts';
import type { ApiClient } from '../lib/galley-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const HEADLINE = '__BENCH_HEADLINE__';
const SAVE_ID = '__BENCH_SAVE_ID__';

async function oneClient(
  api: ApiClient,
  issueId: string,
  client: number,
  start: number,
  end: number,
  out: LoadResult,
) {
  const detail = await api.getJson<{ issue: { revision: number }; doc: Doc }>(`/api/issues/${issueId}`);
  let revision = detail.issue.revision;
  const [first, ...rest] = detail.doc.articles;
  if (!first) throw new Error(`issue ${issueId} has no articles`);
  const changed = { ...first, fields: { ...first.fields, headline: HEADLINE } };
  // One serialisation up front, as in the whole-document load.
  const [head, tail] = JSON.stringify({
    saveId: SAVE_ID,
    changes: { articles: [changed, ...rest.map((a) => a.id)] },
  }).split(SAVE_ID) as [string, string];
  for (let k = 0; start + k * 1000 < end; k++) {
    await sleep(start + k * 1000 - performance.now());
    const body = `${head}bench-changes-${client}-${k}-${issueId}${tail.replace(HEADLINE, `第${k}次保存的标题`)}`;
    const t0 = performance.now();
    try {
      const res = await api.request('PUT', `/api/issues/${issueId}/document`, {
        raw: body,
        headers: { 'If-Match': String(revision) },
      });
      const json = (await res.json()) as { revision?: number; current?: { revision: number } };
      out.latencies.push(performance.now() - t0);
      if (res.status === 200 && json.revision !== undefined) revision = json.revision;
      else if (res.status === 412 && json.current) {
        out.conflicts++;
        revision = json.current.revision;
      } else {
        out.errors++;
        out.firstError ??= `${res.status} ${JSON.stringify(json).slice(0, 200)}`;
      }
    } catch (err) {
      out.errors++;
      out.firstError ??= err instanceof Error ? err.message : String(err);
    }
  }
}

/** Every client saves once a second for `seconds`; their first saves are spread over the first second. */
export async function changesLoad(api: ApiClient, issueIds: string[], seconds: number): Promise<LoadResult> {
  const out: LoadResult = { latencies: [], errors: 0, conflicts: 0, firstError: null };
  const start = performance.now() + 500;
  const end = start + seconds * 1000;
  await Promise.all(
    issueIds.map((id, i) => oneClient(api, id, i, start + (i * 1000) / issueIds.length, end, out)),
  );
  return out;
}
