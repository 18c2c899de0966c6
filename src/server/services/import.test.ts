import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResponseSchema, issueListResponseSchema, issueResponseSchema } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';

type Part = { name: string; data: Uint8Array | string };

describe.each(backends)('import on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  async function post(files: Part[], fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const f of files) form.append('files', new File([f.data as BlobPart], f.name));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const res = await h.request('POST', '/api/issues/import', { cookie: h.cookies.editor, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const issueCount = async () => {
    const row = await h.db
      .selectFrom('issues')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n);
  };

  it('imports a file as a proposed issue whose source, metadata and revision 0 can be read back', async () => {
    const { status, body } = await post([
      { name: '衡阳晚报_2022-09-01_A03.txt', data: `\uFEFF${SAMPLE_TEXT.replace(/\n/g, '\r\n')}` },
    ]);
    expect(status).toBe(200);
    const [result] = importResponseSchema.parse(body).results;
    expect(result).toMatchObject({
      status: 'imported',
      encoding: 'utf-8',
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: 'A03',
    });

    const res = await h.request('GET', `/api/issues/${result?.issueId}`, { cookie: h.cookies.editor });
    expect(res.headers.get('etag')).toBe('"0"');
    const detail = issueResponseSchema.parse(await res.json());
    expect(detail.source).toBe(SAMPLE_TEXT);
    expect(detail.issue).toMatchObject({
      status: 'proposed',
      revision: 0,
      publication: '衡阳晚报',
      editing: [],
    });
    expect(detail.issue.source.length).toBe([...SAMPLE_TEXT].length);
    expect(detail.issue.createdBy?.username).toBe('editor');
    const revisions = await h.db
      .selectFrom('revisions')
      .select(['rev', 'kind'])
      .where('issue_id', '=', result?.issueId ?? '')
      .execute();
    expect(revisions).toEqual([{ rev: 0, kind: 'proposal' }]);
  });

  it('reports a second copy of the same text as a duplicate of the first, and stores nothing new', async () => {
    const text = '重复的文章\n正文。\n';
    const first = importResponseSchema.parse((await post([{ name: 'a.txt', data: text }])).body).results[0];
    const before = await issueCount();
    // Same normalised text with different line endings and a BOM is the same issue.
    const { body } = await post([{ name: 'b.txt', data: `\uFEFF${text.replace(/\n/g, '\r\n')}` }]);
    const second = importResponseSchema.parse(body).results[0];
    expect(second).toMatchObject({ status: 'duplicate', issueId: first?.issueId });
    expect(await issueCount()).toBe(before);
  });

  it('imports concurrent uploads of one text exactly once', async () => {
    const text = '同时上传\n';
    const before = await issueCount();
    const outcomes = await Promise.all([1, 2, 3].map((i) => post([{ name: `c${i}.txt`, data: text }])));
    const statuses = outcomes.map((o) => importResponseSchema.parse(o.body).results[0]?.status).sort();
    expect(statuses).toEqual(['duplicate', 'duplicate', 'imported']);
    expect(await issueCount()).toBe(before + 1);
  });

  it.each([
    ['undecodable', new Uint8Array([0x41, 0xff, 0x80, 0xff, 0x80, 0x0a])],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['empty', new Uint8Array([])],
    ['empty', new TextEncoder().encode('  \n\n ')],
  ])('refuses a %s file with a clear message and stores nothing', async (code, data) => {
    const before = await issueCount();
    const { status, body } = await post([{ name: 'bad.txt', data }]);
    expect(status).toBe(200);
    const [result] = importResponseSchema.parse(body).results;
    expect(result?.status).toBe('error');
    expect(result?.error?.code).toBe(code);
    expect(result?.error?.message.length).toBeGreaterThan(10);
    expect(await issueCount()).toBe(before);
  });

  it('refuses an unknown forced encoding and a file that is not .txt', async () => {
    const a = importResponseSchema.parse(
      (await post([{ name: 'x.txt', data: 'abc' }], { encoding: 'klingon' })).body,
    );
    expect(a.results[0]?.error?.code).toBe('unknown-encoding');
    const b = importResponseSchema.parse((await post([{ name: 'x.pdf', data: 'abc' }])).body);
    expect(b.results[0]?.error?.code).toBe('not-txt');
  });

  it('decodes with a forced encoding', async () => {
    // 新闻 in GB18030.
    const gbk = new Uint8Array([0xd0, 0xc2, 0xce, 0xc5, 0x0a]);
    const { body } = await post([{ name: 'gbk.txt', data: gbk }], { encoding: 'gb18030', dryRun: '1' });
    expect(importResponseSchema.parse(body).results[0]).toMatchObject({
      status: 'preview',
      encoding: 'gb18030',
      preview: '新闻\n',
    });
  });

  it('answers 413 for a single file over 20 MB, and a per-file error when others come with it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    const before = await issueCount();
    const single = await post([{ name: 'big.txt', data: big }]);
    expect(single.status).toBe(413);
    expect(single.body).toMatchObject({ error: { code: 'too-large' } });
    const mixed = await post([
      { name: 'big.txt', data: big },
      { name: 'small.txt', data: '一篇小文章\n' },
    ]);
    expect(mixed.status).toBe(200);
    expect(importResponseSchema.parse(mixed.body).results.map((r) => r.status)).toEqual([
      'error',
      'imported',
    ]);
    expect(await issueCount()).toBe(before + 1);
  });

  it('previews a dry run without storing anything', async () => {
    const before = await issueCount();
    const { body } = await post([{ name: '晚报-20230105-B2.txt', data: '预览的文字\n' }], {
      dryRun: '1',
      publication: '衡阳晚报',
    });
    expect(importResponseSchema.parse(body).results[0]).toMatchObject({
      status: 'preview',
      encoding: 'utf-8',
      preview: '预览的文字\n',
      publication: '衡阳晚报',
      date: '2023-01-05',
      edition: 'B2',
    });
    expect(await issueCount()).toBe(before);
  });

  it('imports several files in one request and lists them in the library', async () => {
    const { body } = await post([
      { name: 'one.txt', data: '第一份\n' },
      { name: 'two.txt', data: '第二份\n' },
    ]);
    const results = importResponseSchema.parse(body).results;
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    const list = issueListResponseSchema.parse(
      await (await h.request('GET', '/api/issues?q=one.txt', { cookie: h.cookies.editor })).json(),
    );
    expect(list.items.map((i) => i.id)).toEqual([results[0]?.issueId]);
  });

  it('answers 400 when no files are sent', async () => {
    const form = new FormData();
    form.append('encoding', 'utf-8');
    const res = await h.request('POST', '/api/issues/import', { cookie: h.cookies.editor, body: form });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'no-files' } });
  });
});
