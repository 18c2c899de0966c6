import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.ts';

const child = fileURLToPath(new URL('./write-atomic.child.ts', import.meta.url));

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'galley-atomic-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a process killed in the middle of a write leaves the old file whole, never a partial one', async () => {
    const target = join(dir, 'export.json');
    writeFileSync(target, 'old content');
    const proc = spawn(process.execPath, ['--import', 'tsx', child, target], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      proc.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (d.includes('half')) resolve();
      });
      proc.on('exit', (code) => reject(new Error(`child exited ${code} before writing: ${stderr}`)));
    });
    // Mid-write: the megabyte already written sits in a temporary file; the target is untouched.
    const temps = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(temps).toHaveLength(1);
    expect(statSync(join(dir, temps[0]!)).size).toBe(1024 * 1024);
    expect(readFileSync(target, 'utf8')).toBe('old content');

    const exited = new Promise((resolve) => proc.on('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
    expect(readFileSync(target, 'utf8')).toBe('old content');

    await writeFileAtomic(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
  });

  it('a failing source leaves the old file and removes its temporary file', async () => {
    const target = join(dir, 'release.zip');
    writeFileSync(target, 'before');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('partial');
      throw new Error('database went away');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('database went away');
    expect(readFileSync(target, 'utf8')).toBe('before');
    expect(readdirSync(dir).filter((f) => f.startsWith('.release.zip'))).toEqual([]);
  });

  it('writes strings, bytes and streams of chunks in full', async () => {
    const target = join(dir, 'plain.txt');
    await writeFileAtomic(target, '头版新闻\n');
    expect(readFileSync(target, 'utf8')).toBe('头版新闻\n');
    await writeFileAtomic(target, new Uint8Array([0x61, 0x62]));
    expect(readFileSync(target, 'utf8')).toBe('ab');
    async function* chunks(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) yield `${i},`;
    }
    await writeFileAtomic(target, chunks());
    expect(readFileSync(target, 'utf8').split(',').slice(0, -1)).toHaveLength(1000);
  });
});
