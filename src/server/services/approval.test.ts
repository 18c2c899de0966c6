/** Approval validates the document and freezes its export; frozen exports never change. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedExportListResponseSchema, approveResponseSchema } from '../../api/contract.ts';
import type { GalleyExport } from '../../core/export/index.ts';
import { SourceText } from '../../core/text.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { approvableDoc, editedIssue, issueData, post, saveDoc, statusOf, submitted } from '../test/review.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe.each(backends)('approval on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const get = (path: string, cookie = h.cookies.editor) => h.request('GET', path, { cookie });
  const currentExport = async (id: string) => {
    const res = await get(`/api/issues/${id}/export`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it('refuses approval with a readable list of blockers and changes nothing', async () => {
    const id = await editedIssue(h);
    const { source } = await issueData(h, id);
    const doc = approvableDoc(source);
    const last = doc.articles.pop()!;
    doc.articles[0]!.fields = {};
    doc.unassigned = [{ start: last.parts[0]!.start, end: last.parts[0]!.end, label: null }];
    expect((await saveDoc(h, id, doc)).status).toBe(200);
    expect((await post(h, `/api/issues/${id}/submit`, h.cookies.editor)).status).toBe(200);

    const res = await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: string[] } };
    expect(body.error.code).toBe('approval-blocked');
    const lastLine = new SourceText(source).lineOf(last.parts[0]!.start) + 1;
    expect(body.error.details).toEqual([
      expect.stringMatching(new RegExp(`^\\d+ characters at line ${lastLine} belong to no article`)),
      'article 1 (a1) has no headline',
    ]);
    expect(await statusOf(h, id)).toBe('submitted');
    const list = approvedExportListResponseSchema.parse(
      await (await get(`/api/issues/${id}/exports`)).json(),
    );
    expect(list.items).toEqual([]);
  });

  it('accepts unassigned text that carries a label', async () => {
    const id = await editedIssue(h);
    const { source } = await issueData(h, id);
    const doc = approvableDoc(source);
    const last = doc.articles.pop()!;
    doc.unassigned = [{ start: last.parts[0]!.start, end: last.parts[0]!.end, label: 'page-furniture' }];
    expect((await saveDoc(h, id, doc)).status).toBe(200);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    expect((await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor)).status).toBe(200);
  });

  it('the current export says approved only when it is the frozen approved export', async () => {
    const id = await editedIssue(h);
    const statusIn = async () => (JSON.parse(await currentExport(id)) as GalleyExport).status;
    expect(await statusIn()).toBe('draft');
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    expect(await statusIn()).toBe('submitted');
    const approval = approveResponseSchema.parse(
      await (await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor, { note: 'gut' })).json(),
    );
    const frozen = await (await get(`/api/issues/${id}/exports/1`)).text();
    expect(await currentExport(id)).toBe(frozen);
    expect(sha256(frozen)).toBe(approval.export.sha256);
    await post(h, `/api/issues/${id}/reopen`, h.cookies.supervisor, { reason: 'Tippfehler' });
    expect(await statusIn()).toBe('draft');

    const fresh = await h.importText(`新的一期\n正文。\n${Date.now()}\n`, 'fresh.txt');
    expect((JSON.parse(await currentExport(fresh)) as GalleyExport).status).toBe('proposed');
  });

  it('freezes the export with who approved it and who edited it, as version 1', async () => {
    const id = await submitted(h);
    const res = await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor, { note: 'Sauber.' });
    expect(res.status).toBe(200);
    const body = approveResponseSchema.parse(await res.json());
    expect(body.issue.status).toBe('approved');
    expect(body.comment).toMatchObject({ kind: 'approve', body: 'Sauber.' });
    expect(body.export).toMatchObject({ version: 1, revision: 1, approvedBy: { username: 'supervisor' } });

    const download = await get(`/api/issues/${id}/exports/1`);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="issue-\d+\.v1\.json"/,
    );
    const text = await download.text();
    expect(Buffer.byteLength(text)).toBe(body.export.bytes);
    const exp = JSON.parse(text) as GalleyExport;
    expect(exp.status).toBe('approved');
    expect(exp.approval).toEqual({
      approvedBy: 'supervisor',
      approvedAt: body.export.approvedAt,
      editors: ['editor'],
    });
    expect(exp.articles.map((a) => a.headline)).toEqual(['标题1', '标题2', '标题3']);
  });

  it('a reopen and a second approval add version 2 and leave version 1 byte-identical', async () => {
    const id = await submitted(h);
    await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
    const v1 = await (await get(`/api/issues/${id}/exports/1`)).text();

    h.clock.t += 3_600_000;
    expect((await post(h, `/api/issues/${id}/reopen`, h.cookies.supervisor, { reason: 'Kopf' })).status).toBe(
      200,
    );
    const { source } = await issueData(h, id);
    const doc = approvableDoc(source);
    doc.articles[0]!.fields.headline = '更正后的标题';
    expect((await saveDoc(h, id, doc)).status).toBe(200);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    const second = approveResponseSchema.parse(
      await (await post(h, `/api/issues/${id}/approve`, h.cookies.admin)).json(),
    );
    expect(second.export).toMatchObject({ version: 2, revision: 2, approvedBy: { username: 'admin' } });

    const list = approvedExportListResponseSchema.parse(
      await (await get(`/api/issues/${id}/exports`)).json(),
    );
    expect(list.items.map((e) => e.version)).toEqual([2, 1]);
    expect(await (await get(`/api/issues/${id}/exports/1`)).text()).toBe(v1);
    expect(list.items[1]?.sha256).toBe(sha256(v1));
    const v2 = JSON.parse(await (await get(`/api/issues/${id}/exports/2`)).text()) as GalleyExport;
    expect(v2.articles[0]?.headline).toBe('更正后的标题');
    expect(JSON.parse(await currentExport(id))).toEqual(v2);
    expect((await get(`/api/issues/${id}/exports/3`)).status).toBe(404);
  });

  it('the database itself refuses to change or delete an approved export', async () => {
    const id = await approvedIssue();
    await expect(
      h.db.updateTable('approved_exports').set({ content: '{}' }).where('issue_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(h.db.deleteFrom('approved_exports').where('issue_id', '=', id).execute()).rejects.toThrow(
      /append-only/,
    );
    const rows = await h.db
      .selectFrom('approved_exports')
      .select('content')
      .where('issue_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.content).not.toBe('{}');
  });

  it('an issue marked approved without a frozen export is never exported or released as approved', async () => {
    const id = await editedIssue(h);
    await h.db.updateTable('issues').set({ status: 'approved' }).where('id', '=', id).execute();
    expect((JSON.parse(await currentExport(id)) as GalleyExport).status).toBe('submitted');
    const byId = await h.request('POST', '/api/release', { cookie: h.cookies.editor, json: { ids: [id] } });
    expect(byId.status).toBe(409);
    const all = await h.request('GET', '/api/release?format=jsonl', { cookie: h.cookies.editor });
    const released = (await all.text()).trim().split('\n').filter(Boolean);
    expect(released.map((l) => (JSON.parse(l) as { export: GalleyExport }).export.issue.id)).not.toContain(
      id,
    );
  });

  async function approvedIssue(): Promise<string> {
    const id = await submitted(h);
    expect((await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor)).status).toBe(200);
    return id;
  }
});
