/** Releases: a streamed ZIP whose manifest (last) lists every file with its sha256, or JSON lines. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { approved, editedIssue, issueData } from '../test/review.ts';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

interface Manifest {
  schema: string;
  sourceText: string;
  files: { path: string; sha256: string; bytes: number }[];
}

describe.each(backends)('release on $name', (backend) => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await createHarness(backend);
    dir = mkdtempSync(join(tmpdir(), 'galley-release-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await h.cleanup();
  });

  const frozen = async (id: string) =>
    (await h.request('GET', `/api/issues/${id}/exports/1`, { cookie: h.cookies.editor })).text();

  async function saveZip(res: Response, name: string): Promise<string> {
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  }
  const unzip = (...args: string[]) => execFileSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });

  it('streams a ZIP of the approved exports and sources with a manifest of sha256s, last', async () => {
    const a = await approved(h);
    const b = await approved(h);
    const res = await h.request('POST', '/api/release', { cookie: h.cookies.editor, json: { ids: [a, b] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="galley-release-.*\.zip"$/);
    const zip = await saveZip(res, 'by-ids.zip');

    unzip('-tq', zip);
    const names = unzip('-Z1', zip).toString('utf8').trim().split('\n');
    expect(names).toEqual([
      `${a}/export.json`,
      `${a}/source.txt`,
      `${b}/export.json`,
      `${b}/source.txt`,
      'manifest.json',
    ]);
    const manifest = JSON.parse(unzip('-p', zip, 'manifest.json').toString('utf8')) as Manifest;
    expect(manifest.schema).toBe('galley.release/1');
    expect(manifest.sourceText).toMatch(/normalised, written as UTF-8/);
    expect(manifest.files.map((f) => f.path)).toEqual(names.slice(0, -1));
    for (const f of manifest.files) {
      const data = unzip('-p', zip, f.path);
      expect(sha256(data)).toBe(f.sha256);
      expect(data.length).toBe(f.bytes);
    }
    expect(unzip('-p', zip, `${a}/export.json`).toString('utf8')).toBe(await frozen(a));
    expect(unzip('-p', zip, `${b}/source.txt`).toString('utf8')).toBe((await issueData(h, b)).source);
  });

  it('selects by filter: only approved issues, approved since a given time', async () => {
    await editedIssue(h); // in progress: never released
    h.clock.t += 3_600_000; // well within the 12-hour idle limit of the sessions
    const since = new Date(h.clock.t).toISOString();
    const late = await approved(h);
    const res = await h.request('GET', `/api/release?approvedSince=${encodeURIComponent(since)}`, {
      cookie: h.cookies.editor,
    });
    const zip = await saveZip(res, 'since.zip');
    expect(unzip('-Z1', zip).toString('utf8').trim().split('\n')).toEqual([
      `${late}/export.json`,
      `${late}/source.txt`,
      'manifest.json',
    ]);
  });

  it('refuses ids of issues that are not approved, naming them', async () => {
    const ok = await approved(h);
    const draft = await editedIssue(h);
    const res = await h.request('POST', '/api/release', {
      cookie: h.cookies.editor,
      json: { ids: [ok, draft] },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'not-approved', details: [draft] } });
    const missing = await h.request('POST', '/api/release', {
      cookie: h.cookies.editor,
      json: { ids: ['nope'] },
    });
    expect(missing.status).toBe(404);
  });

  it('format=jsonl streams one {export, source} line per issue', async () => {
    const a = await approved(h);
    const b = await approved(h);
    const res = await h.request('GET', `/api/release?ids=${a},${b}&format=jsonl`, {
      cookie: h.cookies.editor,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!) as {
      export: { issue: { id: string }; status: string };
      source: string;
    };
    expect(first.export).toEqual(JSON.parse(await frozen(a)));
    expect(first.export.status).toBe('approved');
    expect(first.source).toBe((await issueData(h, a)).source);
    expect((JSON.parse(lines[1]!) as { export: { issue: { id: string } } }).export.issue.id).toBe(b);
  });
});
