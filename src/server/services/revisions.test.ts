import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invalidDocumentResponseSchema,
  issueDetailResponseSchema,
  issueResponseSchema,
  revisionListResponseSchema,
  revisionResponseSchema,
  saveDocumentResponseSchema,
  staleResponseSchema,
} from '../../api/contract.ts';
import type { Doc } from '../../core/model.ts';
import { backends } from '../test/backends.ts';
import { createHarness, docFor, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';

describe.each(backends)('revisions on $name', (backend) => {
  let h: Harness;
  let n = 0;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const freshIssue = () => h.importText(`${SAMPLE_TEXT}第${++n}期\n`, `issue-${n}.txt`);
  const save = (
    id: string,
    ifMatch: string | null,
    doc: unknown,
    saveId: string,
    cookie = h.cookies.editor,
  ) =>
    h.request('PUT', `/api/issues/${id}/document`, {
      cookie,
      json: { doc, saveId },
      headers: ifMatch === null ? {} : { 'If-Match': ifMatch },
    });
  const detail = async (id: string) =>
    issueResponseSchema.parse(
      await (await h.request('GET', `/api/issues/${id}`, { cookie: h.cookies.editor })).json(),
    );

  it('the first save makes revision 1, moves the issue to in_progress and assigns the editor', async () => {
    const id = await freshIssue();
    const doc = docFor((await detail(id)).source);
    const res = await save(id, '"0"', doc, 'save-0001');
    expect(res.status).toBe(200);
    expect(saveDocumentResponseSchema.parse(await res.json())).toEqual({ revision: 1 });
    const after = await detail(id);
    expect(after.issue).toMatchObject({
      revision: 1,
      status: 'in_progress',
      assignee: { username: 'editor' },
    });
    expect(after.issue.updatedBy?.username).toBe('editor');
    expect(after.doc).toEqual(doc);
  });

  it('refuses a save on a stale revision with 412 and the current revision, its author and document', async () => {
    const id = await freshIssue();
    const doc = docFor((await detail(id)).source);
    await save(id, '0', doc, 'save-a-0001', h.cookies.supervisor);
    const res = await save(id, '0', doc, 'save-b-0001');
    expect(res.status).toBe(412);
    const body = staleResponseSchema.parse(await res.json());
    expect(body.error.code).toBe('stale');
    expect(body.current).toMatchObject({ revision: 1, author: { username: 'supervisor' }, doc });
  });

  it('a retried save returns the same revision and never duplicates it', async () => {
    const id = await freshIssue();
    const doc = docFor((await detail(id)).source);
    const first = saveDocumentResponseSchema.parse(await (await save(id, '0', doc, 'retry-0001')).json());
    const retry = await save(id, '0', doc, 'retry-0001');
    expect(retry.status).toBe(200);
    expect(saveDocumentResponseSchema.parse(await retry.json())).toEqual(first);
    const list = revisionListResponseSchema.parse(
      await (await h.request('GET', `/api/issues/${id}/revisions`, { cookie: h.cookies.editor })).json(),
    );
    expect(list.items.map((r) => r.rev)).toEqual([1, 0]);
  });

  it('of two concurrent saves on the same revision exactly one wins; the chain never forks', async () => {
    const id = await freshIssue();
    const doc = docFor((await detail(id)).source);
    const results = await Promise.all([
      save(id, '0', doc, 'race-a-0001'),
      save(id, '0', doc, 'race-b-0001', h.cookies.supervisor),
      save(id, '0', doc, 'race-c-0001', h.cookies.admin),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    const revs = await h.db
      .selectFrom('revisions')
      .select('rev')
      .where('issue_id', '=', id)
      .orderBy('rev')
      .execute();
    expect(revs.map((r) => r.rev)).toEqual([0, 1]);
  });

  it('requires If-Match (428) and refuses documents that break the schema or the invariants (422)', async () => {
    const id = await freshIssue();
    const doc = docFor((await detail(id)).source);
    expect((await save(id, null, doc, 'nomatch-0001')).status).toBe(428);

    const overlapping: Doc = structuredClone(doc);
    const a2 = overlapping.articles[1];
    if (a2?.parts[0]) a2.parts[0].start -= 3;
    const bad = await save(id, '0', overlapping, 'bad-0001');
    expect(bad.status).toBe(422);
    const problems = invalidDocumentResponseSchema.parse(await bad.json()).error.details;
    expect(problems.join('\n')).toMatch(/overlap/);

    const lossy: Doc = { articles: doc.articles.slice(1), unassigned: [] };
    const lost = invalidDocumentResponseSchema.parse(await (await save(id, '0', lossy, 'bad-0002')).json());
    expect(lost.error.details.join('\n')).toMatch(/belong.* to no article/);

    const shapeless = await save(id, '0', { articles: [{ id: 7 }] }, 'bad-0003');
    expect(shapeless.status).toBe(422);
    expect((await detail(id)).issue.revision).toBe(0);
  });

  it('lists the chain newest first and restores an earlier revision as a new one', async () => {
    const id = await freshIssue();
    const source = (await detail(id)).source;
    const v1 = docFor(source, [{ headline: '第一版标题' }]);
    const v2 = docFor(source, [{ headline: '第二版标题' }]);
    await save(id, '0', v1, 'chain-0001');
    h.clock.t += 1000;
    await save(id, '1', v2, 'chain-0002');
    h.clock.t += 1000;
    const restore = await h.request('POST', `/api/issues/${id}/revisions/1/restore`, {
      cookie: h.cookies.supervisor,
      json: { saveId: 'chain-0003' },
      headers: { 'If-Match': '"2"' },
    });
    expect(restore.status).toBe(200);
    expect(await restore.json()).toEqual({ revision: 3 });

    const list = revisionListResponseSchema.parse(
      await (await h.request('GET', `/api/issues/${id}/revisions`, { cookie: h.cookies.editor })).json(),
    );
    expect(
      list.items.map((r) => [r.rev, r.kind, r.baseRev, r.restoredFrom, r.author?.username ?? null]),
    ).toEqual([
      [3, 'restore', 2, 1, 'supervisor'],
      [2, 'edit', 1, null, 'editor'],
      [1, 'edit', 0, null, 'editor'],
      [0, 'proposal', null, null, null],
    ]);
    const third = revisionResponseSchema.parse(
      await (await h.request('GET', `/api/issues/${id}/revisions/3`, { cookie: h.cookies.editor })).json(),
    );
    expect(third.doc).toEqual(v1);
    expect((await detail(id)).doc).toEqual(v1);

    const stale = await h.request('POST', `/api/issues/${id}/revisions/2/restore`, {
      cookie: h.cookies.editor,
      json: { saveId: 'chain-0004' },
      headers: { 'If-Match': '2' },
    });
    expect(stale.status).toBe(412);
  });

  it('keeps the library search text and the reporters index in step with the current revision', async () => {
    const id = await freshIssue();
    const source = (await detail(id)).source;
    const doc = docFor(source, [
      { headline: '独家标题Alpha', reporters: [{ name: '李四', role: '记者' }] },
      {
        reporters: [
          { name: '李四', role: '通讯员' },
          { name: '王五', role: null },
        ],
      },
    ]);
    await save(id, '0', doc, 'search-0001');
    const search = async (q: string) =>
      (
        (await (
          await h.request('GET', `/api/issues?q=${encodeURIComponent(q)}`, { cookie: h.cookies.editor })
        ).json()) as {
          items: { id: string }[];
        }
      ).items.map((i) => i.id);
    expect(await search('alpha')).toEqual([id]);
    expect(await search('王五')).toEqual([id]);

    const reporters = (await (
      await h.request('GET', '/api/reporters?q=李', { cookie: h.cookies.editor })
    ).json()) as {
      items: { name: string; roles: string[]; count: number }[];
    };
    expect(reporters.items).toEqual([
      { name: '李四', roles: expect.arrayContaining(['记者', '通讯员']), count: 1 },
    ]);

    await save(id, '1', docFor(source), 'search-0002');
    expect(await search('alpha')).toEqual([]);
    const after = (await (
      await h.request('GET', '/api/reporters?q=李', { cookie: h.cookies.editor })
    ).json()) as {
      items: unknown[];
    };
    expect(after.items).toEqual([]);
  });

  it('submitting moves an issue to submitted, a second submit changes nothing, an approved issue refuses', async () => {
    const id = await freshIssue();
    await save(id, '0', docFor((await detail(id)).source), 'submit-0001');
    const submit = () => h.request('POST', `/api/issues/${id}/submit`, { cookie: h.cookies.editor });
    const first = await submit();
    expect(first.status).toBe(200);
    expect(issueDetailResponseSchema.parse(await first.json()).issue.status).toBe('submitted');
    expect((await submit()).status).toBe(200);
    await h.db.updateTable('issues').set({ status: 'approved' }).where('id', '=', id).execute();
    const refused = await submit();
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'invalid-transition' } });
  });
});
