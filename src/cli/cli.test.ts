import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../core/decode/index.ts';
import { parseExport } from '../core/export/index.ts';
import { galley, isOneLine, repoRoot } from './run-cli.testutil.ts';

const sample = join(repoRoot, 'fixtures/samples/hengyang-evening-news.txt');
const gold = join(repoRoot, 'fixtures/samples/hengyang-evening-news.gold.json');
const encodings = join(repoRoot, 'fixtures/encodings');
const sampleText = readFileSync(sample, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let dir: string;
const tmp = (name: string) => join(dir, name);

/** A fresh proposal for the sample, segmented once for the validate and eval tests. */
let fresh: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'galley-cli-'));
  fresh = tmp('fresh.json');
  writeFileSync(fresh, (await galley('segment', sample)).stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('galley segment', () => {
  it('prints a valid export of the sample with status proposed and the sample’s sha256', async () => {
    const r = await galley('segment', sample);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = parseExport(r.stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.status).toBe('proposed');
    expect(parsed.value.issue.source).toEqual({
      filename: 'hengyang-evening-news.txt',
      sha256: sha256(sampleText),
      encoding: 'utf-8',
      length: [...sampleText].length,
    });
    expect(parsed.value.issue.id).toBe(sha256(sampleText).slice(0, 12));
    expect(r.stdout.split('\n')).toHaveLength(2); // one line of JSON
  });

  it('reads publication, date and edition from the file name, and indents with --pretty', async () => {
    const named = tmp('衡阳晚报-2022-09-01-A02.txt');
    copyFileSync(sample, named);
    const r = await galley('segment', named, '--pretty');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  "issue": {');
    const issue = JSON.parse(r.stdout).issue;
    expect(issue).toMatchObject({ publication: '衡阳晚报', date: '2022-09-01', edition: 'A02' });
  });

  it('guesses GB18030, and --encoding overrides the guess', async () => {
    const file = tmp('nihao.txt');
    writeFileSync(file, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    const guessed = JSON.parse((await galley('segment', file)).stdout).issue.source;
    expect(guessed).toMatchObject({ encoding: 'gb18030', sha256: sha256('你好\n'), length: 3 });
    const forced = JSON.parse((await galley('segment', file, '--encoding', 'big5')).stdout).issue.source;
    expect(forced).toMatchObject({ encoding: 'big5', sha256: sha256('斕疑\n') });
  });

  it('reports decoding warnings on stderr and keeps stdout pure JSON', async () => {
    const r = await galley('segment', join(encodings, 'mixed-line-endings.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*mixed line endings/i);
    expect(parseExport(r.stdout).ok).toBe(true);
  });

  it.each([
    ['undecodable', () => join(encodings, 'undecodable.txt'), /not valid/],
    ['binary', () => join(encodings, 'binary.bin'), /binary/],
    ['empty', () => join(encodings, 'empty.txt'), /empty/],
    ['missing', () => tmp('no-such-file.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['over 20 MB', () => tmp('huge.txt'), /limit is 20971520 bytes/],
  ])('exits 1 with one line on stderr for %s input', async (_what, file, reason) => {
    if (file() === tmp('huge.txt')) writeFileSync(tmp('huge.txt'), Buffer.alloc(MAX_BYTES + 1, 0x61));
    const r = await galley('segment', file());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(isOneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(reason);
  });
});

describe.concurrent('galley validate', () => {
  it('accepts a freshly segmented export, on its own and against its source', async () => {
    expect(await galley('validate', fresh)).toMatchObject({ code: 0, stdout: 'valid\n' });
    expect(await galley('validate', fresh, '--source', sample)).toMatchObject({ code: 0, stdout: 'valid\n' });
  });

  it('rejects the export once a span is tampered with, one problem per line', async () => {
    const tampered = JSON.parse(readFileSync(fresh, 'utf8'));
    expect(tampered.articles.length).toBeGreaterThan(0);
    tampered.articles[0].spans[0].end -= 5;
    const bad = tmp('tampered.json');
    writeFileSync(bad, JSON.stringify(tampered));
    const r = await galley('validate', bad, '--source', sample);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^valid$/m);
    expect(r.stdout.trimEnd().split('\n').length).toBeGreaterThan(0);
    expect(isOneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/\d+ problems?/);
  });

  it('rejects the export against a source whose text differs (sha256)', async () => {
    const other = tmp('other.txt');
    writeFileSync(other, sampleText.replace('衡阳', '衡陽'));
    const r = await galley('validate', fresh, '--source', other);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sha256/);
  });

  it('exits 1 with one line for invalid JSON', async () => {
    const file = tmp('broken.json');
    writeFileSync(file, '{"schema": "galley.export/1", ');
    const r = await galley('validate', file);
    expect(r.code).toBe(1);
    expect(isOneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/invalid JSON/);
  });

  it('lists schema problems for JSON that is not an export', async () => {
    const file = tmp('not-export.json');
    writeFileSync(file, '{"articles": []}');
    const r = await galley('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/schema/);
  });
});

describe.concurrent('galley eval', () => {
  it('prints the score line for the segmenter’s proposal', async () => {
    const r = await galley('eval', sample, gold);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\{"file": "hengyang-evening-news.txt", "gold_articles": 5, "predicted_articles": \d+, /,
    );
    expect(Object.keys(JSON.parse(lines[0] as string))).toEqual([
      'file',
      'gold_articles',
      'predicted_articles',
      'exact',
      'title',
      'reporters',
      'reporters_total',
      'paragraphs',
      'paragraphs_total',
      'b3',
      'lost_chars',
    ]);
  });

  it('prints with --verbose exactly what the reference scorer prints, for a fresh proposal or a given export', async () => {
    const scorePy = join(repoRoot, '../shared/tools/score.py');
    const python = execFileSync('python3', [scorePy, sample, gold, fresh, '-v'], { encoding: 'utf8' });
    expect(python.trimEnd().split('\n')).toHaveLength(6); // five gold articles, then the summary
    expect((await galley('eval', sample, gold, '--verbose')).stdout).toBe(python);
    expect((await galley('eval', sample, gold, '-v', '--prediction', fresh)).stdout).toBe(python);
  });

  it('exits 1 with one line for a gold file that is not JSON', async () => {
    const r = await galley('eval', sample, sample);
    expect(r.code).toBe(1);
    expect(isOneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/invalid JSON/);
  });
});

describe.concurrent('galley usage', () => {
  it('exits 2 with the overview on stderr for an unknown command', async () => {
    const r = await galley('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage: galley COMMAND/);
  });

  it('runs through the bin/galley.mjs launcher from any directory', async () => {
    const r = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(repoRoot, 'bin/galley.mjs'), 'segment', sample], {
        cwd: tmpdir(),
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(r.code).toBe(0);
    expect(parseExport(r.out).ok).toBe(true);
  });

  it('exits 2 with the command’s usage on stderr for an unknown flag', async () => {
    const r = await galley('segment', '--bogus', sample);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: galley segment FILE/);
  });
});
