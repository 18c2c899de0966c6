/**
 * Autosaves of a big issue take shortcuts (known articles skip checks, documents are stored against
 * an earlier whole revision, the reporters index is updated by difference): these tests hold them to
 * the same answers as the long way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invalidDocumentResponseSchema,
  issueResponseSchema,
  revisionResponseSchema,
  saveDocumentResponseSchema,
} from '../../api/contract.ts';
import type { Doc } from '../../core/model.ts';
import { backends } from '../test/backends.ts';
import type { Backend } from '../test/backends.ts';
import { createHarness, docFor } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { DELTA_MIN_CHARS } from './revision-store.ts';

/** Enough short articles that the document's JSON is well over DELTA_MIN_CHARS. */
function bigText(tag: string): string {
  return Array.from(
    { length: 500 },
    (_, i) => `第${i + 1}篇${tag}\n记者 王${i % 7}\n正文第${i + 1}段。\n`,
  ).join('\n');
}

/** One harness per backend, with the editor's GET of an issue and PUT of its document. */
function editorSession(backend: Backend) {
  const t = {
    h: undefined as unknown as Harness,
    detail: async (id: string) =>
      issueResponseSchema.parse(
        await (await t.h.request('GET', `/api/issues/${id}`, { cookie: t.h.cookies.editor })).json(),
      ),
    put: (id: string, rev: number, body: unknown) =>
      t.h.request('PUT', `/api/issues/${id}/document`, {
        cookie: t.h.cookies.editor,
        json: body,
        headers: { 'If-Match': String(rev) },
      }),
  };
  beforeAll(async () => {
    t.h = await createHarness(backend);
  });
  afterAll(() => t.h.cleanup());
  return t;
}

describe.each(backends)('autosaving a big issue on $name', (backend) => {
  const t = editorSession(backend);
  const detail = t.detail;
  let n = 0;
  const save = (id: string, rev: number, doc: unknown, saveId: string) => t.put(id, rev, { doc, saveId });
  /** A fresh big issue already saved once (so its articles are known) at revision 1. */
  async function savedIssue(): Promise<{ id: string; doc: Doc }> {
    const id = await t.h.importText(bigText(`期${++n}`), `big-${n}.txt`);
    const doc = docFor((await detail(id)).source);
    expect(JSON.stringify(doc).length).toBeGreaterThan(DELTA_MIN_CHARS);
    expect((await save(id, 0, doc, `big-${n}-first`)).status).toBe(200);
    return { id, doc };
  }
  const storedDoc = async (id: string, rev: number) =>
    (
      await t.h.db
        .selectFrom('revisions')
        .select('doc')
        .where('issue_id', '=', id)
        .where('rev', '=', rev)
        .executeTakeFirstOrThrow()
    ).doc;

  it('stores later saves against the first whole one and reads every revision back exactly', async () => {
    const { id, doc } = await savedIssue();
    const versions: Doc[] = [doc];
    for (let k = 1; k <= 3; k++) {
      const next: Doc = structuredClone(versions.at(-1) as Doc);
      (next.articles[k] as Doc['articles'][number]).fields = { headline: `第${k}次的标题` };
      const res = await save(id, k, next, `big-delta-${k}`);
      expect(saveDocumentResponseSchema.parse(await res.json())).toEqual({ revision: k + 1 });
      versions.push(next);
    }
    const whole = await storedDoc(id, 1);
    const delta = await storedDoc(id, 4);
    expect(JSON.parse(whole)).toEqual(doc);
    expect(JSON.parse(delta)).toMatchObject({ base: 1 });
    expect(delta.length * 10).toBeLessThan(whole.length);

    expect((await detail(id)).doc).toEqual(versions[3]);
    for (const [i, version] of versions.entries()) {
      const res = await t.h.request('GET', `/api/issues/${id}/revisions/${i + 1}`, {
        cookie: t.h.cookies.editor,
      });
      expect(revisionResponseSchema.parse(await res.json()).doc).toEqual(version);
    }
    const exported = await t.h.request('GET', `/api/issues/${id}/export`, { cookie: t.h.cookies.editor });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('第3次的标题');
  });

  it('restoring a revision stored as a delta brings back its document', async () => {
    const { id, doc } = await savedIssue();
    const edited: Doc = structuredClone(doc);
    (edited.articles[0] as Doc['articles'][number]).fields = { headline: '改过的标题' };
    await save(id, 1, edited, 'restore-delta-1');
    await save(id, 2, doc, 'restore-delta-2');
    const restored = await t.h.request('POST', `/api/issues/${id}/revisions/2/restore`, {
      cookie: t.h.cookies.editor,
      json: { saveId: 'restore-delta-3' },
      headers: { 'If-Match': '3' },
    });
    expect(restored.status).toBe(200);
    expect((await detail(id)).doc).toEqual(edited);
  });

  it('refuses a changed article that overlaps an unchanged one, and the revision stays', async () => {
    const { id, doc } = await savedIssue();
    const bad: Doc = structuredClone(doc);
    const part = bad.articles[10]?.parts[0];
    if (part) part.start -= 3;
    const res = await save(id, 1, bad, 'overlap-known-1');
    expect(res.status).toBe(422);
    const details = invalidDocumentResponseSchema.parse(await res.json()).error.details.join('\n');
    expect(details).toMatch(/article a11 part 1 overlaps article a10 part 1/);
    expect((await detail(id)).issue.revision).toBe(1);
  });

  it('refuses dropping an article (its text then belongs to nothing) and a reused article id', async () => {
    const { id, doc } = await savedIssue();
    const lossy: Doc = { ...doc, articles: doc.articles.filter((_, i) => i !== 5) };
    const lost = await save(id, 1, lossy, 'lossy-known-1');
    expect(lost.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await lost.json()).error.details.join('\n')).toMatch(
      /belong.* to no article/,
    );

    const twin: Doc = structuredClone(doc);
    (twin.articles[20] as Doc['articles'][number]).id = 'a3';
    const dup = await save(id, 1, twin, 'twin-known-1');
    expect(dup.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await dup.json()).error.details.join('\n')).toMatch(
      /article id a3 is used twice/,
    );
    expect((await detail(id)).issue.revision).toBe(1);
  });

  it('refuses a changed article whose roles leave text without a role', async () => {
    const { id, doc } = await savedIssue();
    const bad: Doc = structuredClone(doc);
    const article = bad.articles[7] as Doc['articles'][number];
    const role = article.roles[0];
    if (role) role.end = role.start + 2;
    const res = await save(id, 1, bad, 'roles-known-1');
    expect(res.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await res.json()).error.details.join('\n')).toMatch(
      /of article a8 .* no role/,
    );
  });

  it('answers a malformed article with the schema problems, even when the rest is known', async () => {
    const { id, doc } = await savedIssue();
    const bad = structuredClone(doc) as unknown as { articles: Record<string, unknown>[] };
    (bad.articles[2] as Record<string, unknown>).parts = 'everything';
    const res = await save(id, 1, bad, 'shape-known-1');
    expect(res.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await res.json()).error.details).toEqual([
      'articles.2.parts: Invalid input: expected array, received string',
    ]);
  });

  it('keeps the reporters index in step when a save adds and removes a reporter', async () => {
    const { id, doc } = await savedIssue();
    const reporters = async (q: string) =>
      (
        (await (
          await t.h.request('GET', `/api/reporters?q=${encodeURIComponent(q)}`, {
            cookie: t.h.cookies.editor,
          })
        ).json()) as { items: { name: string; roles: string[] }[] }
      ).items;
    const tag = `赵${n}`;
    const withOne: Doc = structuredClone(doc);
    (withOne.articles[0] as Doc['articles'][number]).fields = { reporters: [{ name: tag, role: '记者' }] };
    await save(id, 1, withOne, 'reporters-1');
    expect(await reporters(tag)).toEqual([{ name: tag, roles: ['记者'], count: 1 }]);

    const moved: Doc = structuredClone(doc);
    (moved.articles[1] as Doc['articles'][number]).fields = { reporters: [{ name: tag, role: '通讯员' }] };
    await save(id, 2, moved, 'reporters-2');
    expect(await reporters(tag)).toEqual([{ name: tag, roles: ['通讯员'], count: 1 }]);

    await save(id, 3, doc, 'reporters-3');
    expect(await reporters(tag)).toEqual([]);
  });
});

describe.each(backends)('saving changes instead of the whole document on $name', (backend) => {
  const t = editorSession(backend);
  const detail = t.detail;
  let n = 0;
  const put = t.put;
  /** Ids for the articles of `next` that equal those of `base`, whole articles for the rest. */
  const changesOf = (base: Doc, next: Doc) => ({
    articles: next.articles.map((a) => {
      const before = base.articles.find((b) => b.id === a.id);
      return before && JSON.stringify(before) === JSON.stringify(a) ? a.id : a;
    }),
    ...(JSON.stringify(base.unassigned) === JSON.stringify(next.unassigned)
      ? {}
      : { unassigned: next.unassigned }),
  });
  async function freshIssue(big: boolean): Promise<{ id: string; doc: Doc }> {
    n++;
    const text = big
      ? bigText(`改${n}`)
      : `头版新闻${n}\n第一篇文章的正文。\n\n第二篇文章\n记者 张三\n正文第二段。\n`;
    const id = await t.h.importText(text, `changes-${n}.txt`);
    return { id, doc: docFor((await detail(id)).source) };
  }

  it('a save of changes makes the same revision a whole save would, from the proposal on', async () => {
    for (const big of [false, true]) {
      const { id, doc } = await freshIssue(big);
      const proposal = (await detail(id)).doc;
      // The first save is against the proposal, which this process never saved: read from the database.
      const first = await put(id, 0, { saveId: `changes-first-${n}`, changes: changesOf(proposal, doc) });
      expect(saveDocumentResponseSchema.parse(await first.json())).toEqual({ revision: 1 });
      expect((await detail(id)).doc).toEqual(doc);

      const next: Doc = structuredClone(doc);
      (next.articles[1] as Doc['articles'][number]).fields = { headline: '只改了这一篇' };
      next.articles.reverse();
      const second = await put(id, 1, { saveId: `changes-second-${n}`, changes: changesOf(doc, next) });
      expect(saveDocumentResponseSchema.parse(await second.json())).toEqual({ revision: 2 });
      expect((await detail(id)).doc).toEqual(next);
    }
  });

  it('keeps unassigned ranges unless the changes carry new ones', async () => {
    const { id, doc } = await freshIssue(false);
    const [first, ...rest] = doc.articles;
    const withFurniture: Doc = {
      articles: rest,
      unassigned: first ? [{ ...first.parts[0]!, label: 'masthead' }] : [],
    };
    await put(id, 0, { saveId: 'unassigned-0001', doc: withFurniture });
    const kept = await put(id, 1, {
      saveId: 'unassigned-0002',
      changes: { articles: rest.map((a) => a.id) },
    });
    expect(kept.status).toBe(200);
    expect((await detail(id)).doc).toEqual(withFurniture);

    const back = await put(id, 2, {
      saveId: 'unassigned-0003',
      changes: { articles: doc.articles, unassigned: [] },
    });
    expect(back.status).toBe(200);
    expect((await detail(id)).doc).toEqual(doc);
  });

  it('refuses changes that break the invariants, name a missing article or come stale, and saves nothing', async () => {
    const { id, doc } = await freshIssue(true);
    await put(id, 0, { saveId: 'refuse-0001', doc });

    const dropped = await put(id, 1, {
      saveId: 'refuse-0002',
      changes: { articles: doc.articles.slice(1).map((a) => a.id) },
    });
    expect(dropped.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await dropped.json()).error.details.join('\n')).toMatch(
      /belong.* to no article/,
    );

    const ghost = await put(id, 1, {
      saveId: 'refuse-0003',
      changes: { articles: [...doc.articles.map((a) => a.id), 'a9999'] },
    });
    expect(ghost.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await ghost.json()).error.details).toEqual([
      `changes.articles.${doc.articles.length}: revision 1 has no article a9999`,
    ]);

    const shapeless = await put(id, 1, { saveId: 'refuse-0004', changes: { articles: ['a1', { id: 7 }] } });
    expect(shapeless.status).toBe(422);
    expect(invalidDocumentResponseSchema.parse(await shapeless.json()).error.details.join('\n')).toMatch(
      /^changes\.articles\.1/,
    );

    const stale = await put(id, 0, {
      saveId: 'refuse-0005',
      changes: { articles: doc.articles.map((a) => a.id) },
    });
    expect(stale.status).toBe(412);
    expect((await detail(id)).issue.revision).toBe(1);
  });

  it('a retried save of changes gets the revision of its first attempt', async () => {
    const { id, doc } = await freshIssue(false);
    await put(id, 0, { saveId: 'retry-changes-0', doc });
    const body = { saveId: 'retry-changes-1', changes: { articles: doc.articles.map((a) => a.id) } };
    expect(await (await put(id, 1, body)).json()).toEqual({ revision: 2 });
    expect(await (await put(id, 1, body)).json()).toEqual({ revision: 2 });
    expect((await detail(id)).issue.revision).toBe(2);
  });
});
