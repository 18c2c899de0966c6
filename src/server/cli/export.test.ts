/** `galley export`: the release written to disk (both databases), and the command as a user runs it. */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runExport } from '../../cli/commands/export.ts';
import { UsageError } from '../../cli/io.ts';
import { migrate, openDatabase } from '../db/connect.ts';
import { writeRelease } from '../services/release-files.ts';
import { selectRelease } from '../services/release.ts';
import { backends } from '../test/backends.ts';
import type { Backend } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { approved, editedIssue } from '../test/review.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface Manifest {
  files: { path: string; sha256: string; bytes: number }[];
}

function galley(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const unzip = (...args: string[]) => execFileSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });

function checkManifest(read: (path: string) => Buffer): Manifest {
  const manifest = JSON.parse(read('manifest.json').toString('utf8')) as Manifest;
  for (const f of manifest.files) expect(sha256(read(f.path))).toBe(f.sha256);
  return manifest;
}

describe.each(backends)('release files on $name', (backend) => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await createHarness(backend);
    dir = mkdtempSync(join(tmpdir(), 'galley-export-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await h.cleanup();
  });

  it('writes a folder of exports and sources with the manifest, and a zip that replaces the old one whole', async () => {
    const a = await approved(h);
    const b = await approved(h);
    await editedIssue(h);
    const ids = await selectRelease(h.db, { status: 'approved' });
    expect(new Set(ids)).toEqual(new Set([a, b]));
    const options = { createdAt: '2026-03-01T10:00:00.000Z', status: 'approved' as const };

    const folder = join(dir, 'nightly');
    expect(await writeRelease(h.db, ids, folder, options)).toEqual({ target: 'folder', files: 5 });
    const manifest = checkManifest((p) => readFileSync(join(folder, p)));
    expect(manifest.files).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(folder, a, 'export.json'), 'utf8'))).toMatchObject({
      status: 'approved',
    });

    const zip = join(dir, 'nightly.zip');
    await writeRelease(h.db, [a], zip, options);
    expect(await writeRelease(h.db, ids, zip, options)).toEqual({ target: 'zip', files: 5 });
    unzip('-tq', zip);
    expect(checkManifest((p) => unzip('-p', zip, p)).files).toHaveLength(4);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const drafts = await selectRelease(h.db, { status: 'in_progress' });
    await writeRelease(h.db, drafts, join(dir, 'drafts.jsonl'), { ...options, status: 'in_progress' });
    const lines = readFileSync(join(dir, 'drafts.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { export: { status: string } }).export.status)).toEqual([
      'draft',
    ]);
  });
});

describe('galley export', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'galley-export-cli-'));
    env = { GALLEY_DB: join(dir, 'galley.db') };
    const file: Backend = {
      name: 'sqlite',
      async open() {
        const g = await openDatabase({ file: env.GALLEY_DB });
        await migrate(g.db);
        return { ...g, cleanup: () => g.close() };
      },
    };
    const h = await createHarness(file);
    await approved(h);
    await approved(h);
    await h.cleanup();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the issues approved since a date into a zip, and none for a later date', async () => {
    const out = join(dir, 'out', 'release.zip');
    const run = await galley(['export', '--status', 'approved', '--since', '2026-03-01', '--out', out], env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`Exported 2 approved issues to ${out} (5 files).\n`);
    expect(checkManifest((p) => unzip('-p', out, p)).files).toHaveLength(4);

    const later = await galley(['export', '--since', '2026-03-02', '--out', join(dir, 'later')], env);
    expect(later.stdout).toBe(`Exported 0 approved issues to ${join(dir, 'later')} (1 file).\n`);
    expect(readdirSync(join(dir, 'later'))).toEqual(['manifest.json']);
  });

  it('refuses a missing --out with the usage (exit 2)', async () => {
    const run = await galley(['export', '--status', 'approved'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: galley export/);
  });

  it('refuses a bad status and a bad date before touching the database', async () => {
    const io = { out: () => {}, err: () => {} };
    await expect(runExport(['--out', 'x', '--status', 'done'], io)).rejects.toThrow(UsageError);
    await expect(runExport(['--out', 'x', '--since', 'gestern'], io)).rejects.toThrow(/--since/);
    await expect(runExport(['--out', 'x', '--from', '2026/01/01'], io)).rejects.toThrow(/--from/);
  });
});
