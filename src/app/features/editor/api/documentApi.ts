/**
 * The editor's writes to the server. Not in src/app/api/ because a save must read the 412 body
 * (`current`) and tell a network failure from a refusal, which the shared client folds into one error.
 */
import {
  ROUTES,
  saveDocumentResponseSchema,
  staleResponseSchema,
  presenceResponseSchema,
} from '../../../../api/contract.ts';
import type { PresenceEntry, StaleResponse } from '../../../../api/contract.ts';
import type { Doc } from '../../../../core/model.ts';
import { changesJson, docJson } from '../save/docJson.ts';

export type SaveOutcome =
  | { kind: 'saved'; revision: number }
  | { kind: 'stale'; current: StaleResponse['current'] }
  | { kind: 'offline' }
  | { kind: 'refused'; status: number; code: string; message: string };

export interface SaveTransport {
  /**
   * `baseDoc`, when given, is the document of `baseRevision`: the save then sends only what changed
   * against it, and falls back to the whole document if the server refuses the changes.
   */
  save(issueId: string, baseRevision: number, doc: Doc, saveId: string, baseDoc?: Doc): Promise<SaveOutcome>;
}

const CSRF = { 'X-Galley-CSRF': '1' };
const issuePath = (id: string) => `/api/issues/${encodeURIComponent(id)}`;

async function readError(response: Response): Promise<{ code: string; message: string; body: unknown }> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
    return {
      code: String(error?.code ?? `http-${response.status}`),
      message: String(error?.message ?? ''),
      body,
    };
  } catch {
    return { code: `http-${response.status}`, message: text.slice(0, 200), body: null };
  }
}

export const httpSaveTransport: SaveTransport = {
  async save(issueId, baseRevision, doc, saveId, baseDoc) {
    const id = JSON.stringify(saveId);
    if (baseDoc) {
      const outcome = await put(
        issueId,
        baseRevision,
        `{"changes":${changesJson(doc, baseDoc)},"saveId":${id}}`,
      );
      // A server that cannot read the changes (an older build, a base it no longer has) gets it whole.
      if (outcome.kind !== 'refused' || outcome.status !== 422) return outcome;
    }
    // Unchanged articles reuse the text of the last draft write: no whole-document stringify per save.
    return put(issueId, baseRevision, `{"doc":${docJson(doc)},"saveId":${id}}`);
  },
};

async function put(issueId: string, baseRevision: number, body: string): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`${issuePath(issueId)}/document`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        ...CSRF,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'If-Match': `"${baseRevision}"`,
      },
      body,
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.ok)
    return { kind: 'saved', revision: saveDocumentResponseSchema.parse(await response.json()).revision };
  const error = await readError(response);
  if (response.status === 412) {
    const parsed = staleResponseSchema.safeParse(error.body);
    if (parsed.success) return { kind: 'stale', current: parsed.data.current as StaleResponse['current'] };
  }
  // Gateways answer 502–504 while the server restarts: as good as offline, so keep retrying.
  if (response.status >= 502 && response.status <= 504) return { kind: 'offline' };
  return { kind: 'refused', status: response.status, code: error.code, message: error.message };
}

export async function sendHeartbeat(issueId: string): Promise<PresenceEntry[]> {
  const response = await fetch(`${issuePath(issueId)}/presence`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: CSRF,
  });
  if (!response.ok) return [];
  const parsed = presenceResponseSchema.safeParse(await response.json());
  return parsed.success ? parsed.data.editing : [];
}

export function sendLeave(issueId: string): void {
  // keepalive lets the request outlive the page when the tab closes.
  void fetch(`${issuePath(issueId)}/presence`, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: CSRF,
    keepalive: true,
  }).catch(() => undefined);
}

/** Whether this server build has a submit-for-review route; the contract lists every route there is. */
export const SUBMIT_SUPPORTED = (ROUTES as readonly { path: string; method: string }[]).some(
  (r) => r.method === 'POST' && r.path === '/api/issues/:id/submit',
);

/** Submits the issue; resolves to null on success or the server's error code. */
export async function submitForReview(issueId: string): Promise<string | null> {
  try {
    const response = await fetch(`${issuePath(issueId)}/submit`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...CSRF, 'Content-Type': 'application/json' },
      body: '{}',
    });
    return response.ok ? null : (await readError(response)).code;
  } catch {
    return 'network';
  }
}
