import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from './io.ts';
import { main } from './main.ts';

const sample = fileURLToPath(new URL('../../fixtures/samples/hengyang-evening-news.txt', import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('main', () => {
  it('lists every command for --help, -h and help, on stdout with exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      for (const name of ['segment', 'validate', 'eval'])
        expect(r.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  it('prints one command’s usage for `help COMMAND` and `COMMAND --help`', async () => {
    expect((await run('help', 'validate')).out).toMatch(/^Usage: galley validate EXPORT\.json/);
    expect((await run('eval', sample, '-h')).out).toMatch(/^Usage: galley eval RAW GOLD/);
  });

  it('treats --help after `--` as an argument, not a request for help', async () => {
    const r = await run('segment', '--', '--help');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--help: cannot read: no such file/);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['help', 'frobnicate']],
    [['segment']],
    [['segment', 'a.txt', 'b.txt']],
    [['segment', '--bogus', 'a.txt']],
    [['segment', 'a.txt', '--encoding']],
    [['segment', sample, '--encoding', 'klingon']],
    [['validate']],
    [['validate', 'a.json', '--pretty']],
    [['eval', sample]],
    [['constructor']],
  ])('exits 2 with a usage text on stderr for galley %j', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Usage: galley/);
  });
});
