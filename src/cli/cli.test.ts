import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../core/decode/index.ts';
import { parseExport, toExport } from '../core/export/index.ts';
import type { Doc, IssueMeta } from '../core/model.ts';
import { SourceText } from '../core/text.ts';
import { galley, isOneLine, repoRoot } from './run-cli.testutil.ts';

const sample = join(repoRoot, 'fixtures/samples/hengyang-evening-news.txt');
const gold = join(repoRoot, 'fixtures/samples/hengyang-evening-news.gold.json');
const encodings = join(repoRoot, 'fixtures/encodings');
const sampleText = readFileSync(sample, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('galley segment', () => {
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

describe('galley validate', () => {
  /** An export that satisfies every invariant: one article of body text over the whole sample. */
  async function wholeIssueExport(): Promise<string> {
    const src = new SourceText(sampleText);
    const doc: Doc = {
      articles: [
        {
          id: 'a1',
          parts: [{ start: 0, end: src.length }],
          roles: [{ start: 0, end: src.length, role: 'body' }],
          boundary: { confidence: 1, cues: ['manual'], confirmed: true },
          fields: {},
        },
      ],
      unassigned: [],
    };
    const sha = sha256(sampleText);
    const meta: IssueMeta = {
      id: sha.slice(0, 12),
      publication: null,
      date: null,
      edition: null,
      source: { filename: 'hengyang-evening-news.txt', sha256: sha, encoding: 'utf-8', length: src.length },
    };
    return JSON.stringify(toExport(doc, src, meta, 'draft'));
  }

  it('accepts a freshly segmented export on its own', async () => {
    const file = tmp('fresh.json');
    writeFileSync(file, (await galley('segment', sample)).stdout);
    const r = await galley('validate', file);
    expect(r).toMatchObject({ code: 0, stdout: 'valid\n' });
  });

  it('accepts a complete export against its source and rejects it once a span is tampered with', async () => {
    const good = tmp('good.json');
    writeFileSync(good, await wholeIssueExport());
    expect(await galley('validate', good, '--source', sample)).toMatchObject({ code: 0, stdout: 'valid\n' });

    const tampered = JSON.parse(await wholeIssueExport());
    tampered.articles[0].spans[0].end -= 40;
    const bad = tmp('tampered.json');
    writeFileSync(bad, JSON.stringify(tampered));
    const r = await galley('validate', bad, '--source', sample);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('valid\n');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(isOneLine(r.stderr)).toBe(true);
  });

  it('rejects an export whose source text differs (sha256)', async () => {
    const good = tmp('good2.json');
    writeFileSync(good, await wholeIssueExport());
    const other = tmp('other.txt');
    writeFileSync(other, sampleText.replace('衡阳', '衡陽'));
    const r = await galley('validate', good, '--source', other);
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

describe('galley eval', () => {
  it('prints the score line for the segmenter’s proposal, per-article lines first with --verbose', async () => {
    const plain = await galley('eval', sample, gold);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string);
    expect(Object.keys(result)).toEqual([
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
    expect(result).toMatchObject({ file: 'hengyang-evening-news.txt', gold_articles: 5 });
    expect(lines[0]).toMatch(/^\{"file": "hengyang-evening-news.txt", "gold_articles": 5, /);
    expect(lines[0]).toMatch(/"b3": \d+\.\d+/);

    const verbose = await galley('eval', sample, gold, '--verbose');
    const vlines = verbose.stdout.trim().split('\n');
    expect(vlines).toHaveLength(6);
    expect(vlines.slice(0, 5).every((l) => /^ {2}gold +\d+ .* exact=[Yn]/.test(l))).toBe(true);
    expect(vlines[5]).toBe(lines[0]);
  });

  it('scores a given export the same way as for a fresh proposal of the same text', async () => {
    const pred = tmp('pred.json');
    writeFileSync(pred, (await galley('segment', sample)).stdout);
    const fresh = await galley('eval', sample, gold, '-v');
    const given = await galley('eval', sample, gold, '-v', '--prediction', pred);
    expect(given.code).toBe(0);
    expect(given.stdout).toBe(fresh.stdout);
  });

  it('exits 1 with one line for a gold file that is not JSON', async () => {
    const r = await galley('eval', sample, sample);
    expect(r.code).toBe(1);
    expect(isOneLine(r.stderr)).toBe(true);
  });
});

describe('galley usage', () => {
  it('lists the commands for --help and help, exit 0', async () => {
    for (const args of [['--help'], ['help']]) {
      const r = await galley(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/segment\s+Segment/);
      expect(r.stdout).toMatch(/validate/);
      expect(r.stdout).toMatch(/eval/);
    }
  });

  it('prints a command’s usage for COMMAND --help', async () => {
    const r = await galley('segment', '--help');
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toMatch(/^Usage: galley segment FILE/);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['segment']],
    [['segment', 'a.txt', 'b.txt']],
    [['segment', '--bogus', 'a.txt']],
    [['segment', 'a.txt', '--encoding']],
    [['segment', sample, '--encoding', 'klingon']],
    [['eval', sample]],
  ])('exits 2 with usage on stderr for galley %j', async (args) => {
    const r = await galley(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage: galley/);
  });
});
