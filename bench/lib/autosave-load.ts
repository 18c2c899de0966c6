/**
 * N editors autosaving at once: each client holds its own issue and PUTs the whole document once a
 * second with If-Match, as the editor's autosave does, changing one headline per save.
 */
import type { Doc } from '../../src/core/model.ts';
import type { ApiClient } from './galley-server.ts';

export interface LoadResult {
  latencies: number[];
  errors: number;
  conflicts: number;
  firstError: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** Placeholders in a body template: each save puts its own headline and save id in their place. */
export const HEADLINE = '__BENCH_HEADLINE__';
export const SAVE_ID = '__BENCH_SAVE_ID__';

/** The JSON body of a save, built once per client from the issue as loaded, with the placeholders in it. */
export type BodyTemplate = (doc: Doc) => string;

/** The whole document, its first headline changed: what the editor's autosave sends. */
export const wholeDocument: BodyTemplate = (doc) => {
  const first = doc.articles[0];
  if (first) first.fields = { ...first.fields, headline: HEADLINE };
  return JSON.stringify({ saveId: SAVE_ID, doc });
};

async function oneClient(
  api: ApiClient,
  issueId: string,
  client: number,
  start: number,
  end: number,
  out: LoadResult,
  template: BodyTemplate,
) {
  const detail = await api.getJson<{ issue: { revision: number }; doc: Doc }>(`/api/issues/${issueId}`);
  let revision = detail.issue.revision;
  // One serialisation up front: the client's own JSON work must not crowd the server on two cores.
  const [head, rest] = template(detail.doc).split(SAVE_ID) as [string, string];
  for (let k = 0; start + k * 1000 < end; k++) {
    await sleep(start + k * 1000 - performance.now());
    const body = `${head}bench-${client}-${k}-${issueId}${rest.replace(HEADLINE, `第${k}次保存的标题`)}`;
    const t0 = performance.now();
    try {
      const res = await api.request('PUT', `/api/issues/${issueId}/document`, {
        raw: body,
        headers: { 'If-Match': String(revision) },
      });
      const json = (await res.json()) as {
        revision?: number;
        current?: { revision: number };
        error?: unknown;
      };
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

/**
 * Every client saves once a second for `seconds`; their first saves are spread over the first
 * second. `template` says what a save sends (the whole document by default).
 */
export async function autosaveLoad(
  api: ApiClient,
  issueIds: string[],
  seconds: number,
  template: BodyTemplate = wholeDocument,
): Promise<LoadResult> {
  const out: LoadResult = { latencies: [], errors: 0, conflicts: 0, firstError: null };
  const start = performance.now() + 500;
  const end = start + seconds * 1000;
  await Promise.all(
    issueIds.map((id, i) => oneClient(api, id, i, start + (i * 1000) / issueIds.length, end, out, template)),
  );
  return out;
}

/** The same clients and cadence against GET /api/health: the floor of the server and loopback. */
export async function healthLoad(api: ApiClient, clients: number, seconds: number): Promise<LoadResult> {
  const out: LoadResult = { latencies: [], errors: 0, conflicts: 0, firstError: null };
  const start = performance.now() + 100;
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      for (let t = start + (i * 1000) / clients; t < end; t += 1000) {
        await sleep(t - performance.now());
        const t0 = performance.now();
        const res = await api.request('GET', '/api/health');
        await res.arrayBuffer();
        out.latencies.push(performance.now() - t0);
        if (!res.ok) out.errors++;
      }
    }),
  );
  return out;
}
