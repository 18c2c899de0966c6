/** Test helpers for the review workflow: an issue with a valid, approvable document, and the transitions. */
import { issueResponseSchema } from '../../api/contract.ts';
import type { Doc } from '../../core/model.ts';
import { docFor, SAMPLE_TEXT } from './harness.ts';
import type { Harness } from './harness.ts';

let counter = 0;

/** A different text each time (issues are unique by text), laid out like SAMPLE_TEXT. */
export function uniqueText(): string {
  counter++;
  return `${SAMPLE_TEXT}\n第${counter}期 ${process.pid} ${Date.now()}\n`;
}

export async function issueData(h: Harness, id: string, cookie = h.cookies.editor) {
  const res = await h.request('GET', `/api/issues/${id}`, { cookie });
  if (res.status !== 200) throw new Error(`GET issue ${id}: ${res.status}`);
  return issueResponseSchema.parse(await res.json());
}

/** A document every approval check accepts: each block an article with a headline. */
export function approvableDoc(text: string): Doc {
  const blocks = docFor(text).articles.length;
  return docFor(
    text,
    Array.from({ length: blocks }, (_, i) => ({ headline: `标题${i + 1}` })),
  );
}

export async function saveDoc(
  h: Harness,
  id: string,
  doc: Doc,
  cookie = h.cookies.editor,
): Promise<Response> {
  const { issue } = await issueData(h, id, cookie);
  return h.request('PUT', `/api/issues/${id}/document`, {
    cookie,
    json: { doc, saveId: `save-${id}-${issue.revision}-${Math.random().toString(36).slice(2)}` },
    headers: { 'If-Match': String(issue.revision) },
  });
}

/** Imports a fresh issue and saves an approvable document on it as `cookie` (default: the editor). */
export async function editedIssue(h: Harness, cookie = h.cookies.editor): Promise<string> {
  const text = uniqueText();
  const id = await h.importText(text, `issue-${counter}.txt`, cookie);
  const res = await saveDoc(h, id, approvableDoc(text), cookie);
  if (res.status !== 200) throw new Error(`save: ${res.status} ${await res.text()}`);
  return id;
}

export const post = (h: Harness, path: string, cookie: string, json?: unknown) =>
  h.request('POST', path, json === undefined ? { cookie } : { cookie, json });

export async function submitted(h: Harness, cookie = h.cookies.editor): Promise<string> {
  const id = await editedIssue(h, cookie);
  const res = await post(h, `/api/issues/${id}/submit`, cookie);
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return id;
}

export async function approved(h: Harness): Promise<string> {
  const id = await submitted(h);
  const res = await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
  if (res.status !== 200) throw new Error(`approve: ${res.status} ${await res.text()}`);
  return id;
}

export async function statusOf(h: Harness, id: string): Promise<string> {
  const row = await h.db.selectFrom('issues').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  return row.status;
}

export async function auditActions(h: Harness, issueId: string): Promise<string[]> {
  const rows = await h.db
    .selectFrom('audit_log')
    .select('action')
    .where('issue_id', '=', issueId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}
