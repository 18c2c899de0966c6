/**
 * Hostile files through the import path: each one either imports with every invariant holding or is
 * refused with a clear 4xx/error result; never a 500, never a half-stored issue. The pure pipeline
 * (decode → segment → checkInvariants) takes the bulk of the cases; the API a few hundred.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../core/decode/index.ts';
import { checkInvariants } from '../../core/invariants.ts';
import type { Doc } from '../../core/model.ts';
import { segment } from '../../core/segment/index.ts';
import { SourceText } from '../../core/text.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { envCount, recordFigures } from './figures.ts';
import { concat, hostileBytes } from './inputs.ts';

const CORE_RUNS = envCount('FUZZ_RUNS', 10_000);
const API_RUNS = envCount('FUZZ_API_RUNS', 300);
const figures = { core: 0, api: new Map<string, number>(), big: 0 };

function record(): void {
  const api = [...figures.api].map(([k, v]) => `${v} via API on ${k}`).join(', ');
  recordFigures(
    'fuzz-import',
    `fuzz import: ${figures.core} cases through decode+segment+checkInvariants; ${api || '0 via API'}; ${figures.big} oversized/huge-line files`,
  );
}

describe('fuzzing the pure import pipeline', () => {
  it('decodes each hostile file to a segmentation that satisfies every invariant, or refuses it with a DecodeError', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        figures.core++;
        let text: string;
        try {
          text = decode(bytes).text;
        } catch (err) {
          expect(err).toBeInstanceOf(DecodeError);
          return;
        }
        if (text.trim() === '' || text.includes('\u0000')) return; // refused by importIssue
        const proposal = segment(text);
        expect(checkInvariants(proposal.doc, new SourceText(text))).toEqual([]);
      }),
      { numRuns: CORE_RUNS },
    );
    record();
  });
});

describe.each(backends)('fuzzing POST /api/issues/import on $name', (backend) => {
  let h: Harness;
  let n = 0;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const issueCount = async () =>
    Number(
      (
        await h.db
          .selectFrom('issues')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Imports `bytes` and checks the outcome; returns the HTTP status. */
  async function importChecked(bytes: Uint8Array): Promise<number> {
    const before = await issueCount();
    const form = new FormData();
    form.append(
      'files',
      new File([bytes as Uint8Array<ArrayBuffer>], `fuzz-${n++}.txt`, { type: 'text/plain' }),
    );
    const res = await h.request('POST', '/api/issues/import', { cookie: h.cookies.editor, body: form });
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as {
      error?: { code: string; message: string };
      results?: { status: string; issueId?: string; error?: { code: string; message: string } }[];
    };
    const after = await issueCount();
    const result = body.results?.[0];
    if (res.status === 200 && result?.status === 'imported') {
      expect(after).toBe(before + 1);
      const [rev, source] = await Promise.all([
        h.db
          .selectFrom('revisions')
          .select('doc')
          .where('issue_id', '=', result.issueId!)
          .where('rev', '=', 0)
          .executeTakeFirstOrThrow(),
        h.db
          .selectFrom('issue_sources')
          .select('text')
          .where('issue_id', '=', result.issueId!)
          .executeTakeFirstOrThrow(),
      ]);
      expect(checkInvariants(JSON.parse(rev.doc) as Doc, new SourceText(source.text))).toEqual([]);
    } else {
      // Refused (or a duplicate of an earlier case): nothing new stored, and the reason is spelled out.
      expect(after).toBe(before);
      if (result?.status !== 'duplicate') {
        const error = result?.error ?? body.error;
        expect(error?.code).toMatch(/\S/);
        expect(error?.message).toMatch(/\S/);
      }
    }
    return res.status;
  }

  it('imports each hostile file whole with valid invariants or refuses it with a reason, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        await importChecked(bytes);
      }),
      { numRuns: API_RUNS },
    );
    figures.api.set(backend.name, API_RUNS);
    record();
  });

  it('imports a 5 MB single line and refuses 20 MB + 1 byte with 413, storing nothing for it', async () => {
    const line = new TextEncoder().encode('新闻'.repeat((5 * 1024 * 1024) / 6) + '\n');
    expect(await importChecked(line)).toBe(200);
    const big = concat(new TextEncoder().encode('a'.repeat(20 * 1024 * 1024)), new Uint8Array([0x61]));
    expect(await importChecked(big)).toBe(413);
    figures.big += 2;
    record();
  });
});
