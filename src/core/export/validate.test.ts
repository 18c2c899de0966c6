import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash.ts';
import { SAMPLE_LINES, sampleDoc } from '../ops/testing.ts';
import { SourceText } from '../text.ts';
import type { GalleyExport } from './schema.ts';
import { toExport } from './to-export.ts';
import { parseExport, validateExport } from './validate.ts';

const text = SAMPLE_LINES.join('\n');
const src = new SourceText(text);

async function good(): Promise<GalleyExport> {
  const meta = {
    id: 'issue',
    publication: '衡阳晚报',
    date: '2022-09-01',
    edition: null,
    source: { filename: 'x.txt', sha256: await sha256Hex(text), encoding: 'utf-8', length: src.length },
  };
  return JSON.parse(JSON.stringify(toExport(sampleDoc(src), src, meta, 'draft'))) as GalleyExport;
}

async function errorsOf(change: (e: GalleyExport) => void, source: SourceText | string | undefined = src) {
  const e = await good();
  change(e);
  const r = await validateExport(e, source);
  return r.ok ? [] : r.errors;
}

describe('parseExport', () => {
  it('accepts an export as an object or as JSON text', async () => {
    const e = await good();
    expect(parseExport(e)).toEqual({ ok: true, value: e });
    expect(parseExport(JSON.stringify(e))).toEqual({ ok: true, value: e });
  });

  it('names the path of every problem with the shape', async () => {
    const e = (await good()) as unknown as Record<string, unknown>;
    const r = parseExport({
      ...e,
      schema: 'galley.export/2',
      status: 'done',
      issue: { ...(e.issue as object), date: '1.9.2022' },
    });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.some((m) => m.startsWith('schema: '))).toBe(true);
    expect(errors.some((m) => m.startsWith('status: '))).toBe(true);
    expect(errors.some((m) => m.startsWith('issue.date: '))).toBe(true);
  });

  it('reports text that is not JSON', () => {
    expect(parseExport('{"schema":')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^not JSON/)],
    });
  });
});

describe('validateExport', () => {
  it('accepts a faithful export, given its source as text or as SourceText', async () => {
    const e = await good();
    expect(await validateExport(e, text)).toEqual({ ok: true, value: e });
    expect(await validateExport(e, src)).toEqual({ ok: true, value: e });
    expect(await validateExport(e)).toEqual({ ok: true, value: e });
  });

  it('catches a source whose hash or length differs', async () => {
    const errors = await errorsOf(() => undefined, text + '\n补');
    expect(errors).toContainEqual(
      expect.stringMatching(/^issue\.source\.sha256 is [0-9a-f]{64} but the source text hashes to/),
    );
    expect(errors).toContainEqual(
      `issue.source.length is ${src.length} but the source text has ${src.length + 2} code points`,
    );
  });

  it('catches spans beyond the end of the text, even without the source', async () => {
    const beyond = (e: GalleyExport) => {
      const span = e.articles[2]?.spans[0];
      if (span) span.end = src.length + 10;
    };
    expect(await errorsOf(beyond)).toContainEqual(
      expect.stringMatching(/^article a3 part 1 \[\d+, \d+\) is not a valid span/),
    );
    expect(await errorsOf(beyond, undefined)).toContainEqual(
      expect.stringMatching(/^article a3 part 1 .* not a valid span/),
    );
  });

  it('catches overlapping spans', async () => {
    const errors = await errorsOf((e) => {
      const span = e.articles[1]?.spans[0];
      if (span) span.start -= 5;
    });
    expect(errors).toContain('article a2 part 1 overlaps article a1 part 1 at line 6');
  });

  it('catches lost characters', async () => {
    const errors = await errorsOf((e) => {
      e.unassigned.pop();
    });
    expect(errors).toEqual(['6 characters at line 12 belong to no article or unassigned range']);
  });

  it('catches unassigned text that is not the source slice', async () => {
    const errors = await errorsOf((e) => {
      const u = e.unassigned[0];
      if (u) u.text = '第4版 要闻';
    });
    expect(errors).toEqual(['unassigned[0].text differs from the source text at line 1']);
  });

  it('catches duplicate ids, empty spans and roles outside the spans', async () => {
    const errors = await errorsOf((e) => {
      const [a1, a2] = e.articles;
      if (!a1 || !a2) return;
      a2.id = 'a1';
      a1.roles?.push({ start: 0, end: 2, role: 'body' });
      e.unassigned.push({ start: 7, end: 7, label: null, text: '' });
    });
    expect(errors).toContain('article id a1 is used twice');
    expect(errors).toContain("article a1 role span 5 at line 1 lies outside the article's parts");
    expect(errors).toContainEqual(expect.stringMatching(/^unassigned range 3 \[7, 7\) is not a valid span/));
  });
});
