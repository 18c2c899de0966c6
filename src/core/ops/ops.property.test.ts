import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromExport } from '../export/from-export.ts';
import { toExport } from '../export/to-export.ts';
import { parseExport, validateExport } from '../export/validate.ts';
import { sha256Hex } from '../hash.ts';
import { checkInvariants } from '../invariants.ts';
import { ROLES } from '../model.ts';
import type { Doc, IssueMeta } from '../model.ts';
import { SourceText } from '../text.ts';
import { randomDoc, textArb } from './arbitraries.ts';
import { confirmBoundary, moveBoundary } from './boundary.ts';
import { setByline, setHeadline, setKicker, setReporters, setSubheadlines } from './fields.ts';
import { linkContinuation, unlink } from './links.ts';
import { reorderArticles } from './order.ts';
import type { OpResult } from './result.ts';
import { setRole } from './roles.ts';
import { mergeWithPrevious, splitAt } from './split.ts';
import { deepFreeze } from './testing.ts';
import { assignRange, markUnassigned } from './unassigned.ts';

type Gen = fc.GeneratorValue;

function meta(src: SourceText, sha256: string): IssueMeta {
  return {
    id: 'issue-1',
    publication: '衡阳晚报',
    date: '2022-09-01',
    edition: null,
    source: { filename: 'issue.txt', sha256, encoding: 'utf-8', length: src.length },
  };
}

/** Arguments are drawn against the current document, with a share of invalid ones mixed in. */
function randomOp(g: Gen, doc: Doc, src: SourceText): { name: string; run: () => OpResult } {
  const id = () => {
    const i = g(fc.nat, { max: doc.articles.length });
    return doc.articles[i]?.id ?? 'a999';
  };
  const offset = () => g(fc.integer, { min: -1, max: src.length + 1 });
  const range = () => {
    const a = offset();
    const b = offset();
    return g(fc.boolean) ? { start: Math.min(a, b), end: Math.max(a, b) } : { start: a, end: b };
  };
  const partIndex = () => g(fc.integer, { min: -1, max: 3 });
  const ops: (() => { name: string; run: () => OpResult })[] = [
    () => {
      const [a, o] = [id(), offset()];
      return { name: `moveBoundary(${a}, ${o})`, run: () => moveBoundary(doc, src, a, o) };
    },
    () => {
      const o = offset();
      return { name: `splitAt(${o})`, run: () => splitAt(doc, src, o) };
    },
    () => {
      const a = id();
      return { name: `mergeWithPrevious(${a})`, run: () => mergeWithPrevious(doc, src, a) };
    },
    () => {
      const [r, role] = [range(), g(fc.constantFrom, ...ROLES, 'bogus' as never)];
      return { name: `setRole(${JSON.stringify(r)}, ${role})`, run: () => setRole(doc, src, r, role) };
    },
    () => {
      const [a, p, t] = [id(), partIndex(), id()];
      return { name: `linkContinuation(${a}#${p}, ${t})`, run: () => linkContinuation(doc, src, { articleId: a, partIndex: p }, t) };
    },
    () => {
      const [a, p] = [id(), partIndex()];
      return { name: `unlink(${a}, ${p})`, run: () => unlink(doc, src, a, p) };
    },
    () => {
      const [r, label] = [range(), g(fc.constantFrom, null, 'noise', 'ad')];
      return { name: `markUnassigned(${JSON.stringify(r)}, ${label})`, run: () => markUnassigned(doc, src, r, label) };
    },
    () => {
      const [r, a] = [range(), id()];
      return { name: `assignRange(${JSON.stringify(r)}, ${a})`, run: () => assignRange(doc, src, r, a) };
    },
    () => {
      const [from, to] = [g(fc.integer, { min: -1, max: doc.articles.length }), g(fc.integer, { min: -1, max: doc.articles.length })];
      return { name: `reorderArticles(${from}, ${to})`, run: () => reorderArticles(doc, from, to) };
    },
    () => {
      const a = id();
      return { name: `confirmBoundary(${a})`, run: () => confirmBoundary(doc, a) };
    },
    () => {
      const [a, v] = [id(), g(fc.constantFrom, '新标题', undefined, 42 as never)];
      return { name: `setHeadline(${a}, ${String(v)})`, run: () => setHeadline(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), g(fc.constantFrom, '引题', null, undefined)];
      return { name: `setKicker(${a})`, run: () => setKicker(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), g(fc.constantFrom, ['副'], [], undefined, [1] as never)];
      return { name: `setSubheadlines(${a})`, run: () => setSubheadlines(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), g(fc.constantFrom, '本报讯', null, undefined)];
      return { name: `setByline(${a})`, run: () => setByline(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), g(fc.constantFrom, [{ name: '王明', role: null }], undefined, [{}] as never)];
      return { name: `setReporters(${a})`, run: () => setReporters(doc, a, v) };
    },
  ];
  return g(fc.constantFrom, ...ops)();
}

function roundTrip(doc: Doc, src: SourceText, m: IssueMeta): Doc {
  const parsed = parseExport(JSON.parse(JSON.stringify(toExport(doc, src, m, 'draft'))));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return fromExport(parsed.value, src);
}

describe('edit operations on random documents', () => {
  it('random documents satisfy the invariants and survive export and import unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.gen(), async (text, g) => {
        const src = new SourceText(text);
        const doc = randomDoc(g, src);
        expect(checkInvariants(doc, src)).toEqual([]);
        const m = meta(src, await sha256Hex(text));
        expect(roundTrip(doc, src, m)).toStrictEqual(doc);
        expect(await validateExport(toExport(doc, src, m, 'proposed'), src)).toMatchObject({ ok: true });
      }),
      { numRuns: 150 },
    );
  });

  it('after every step of a random sequence of operations the invariants hold and export round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.gen(), fc.integer({ min: 1, max: 12 }), async (text, g, steps) => {
        const src = new SourceText(text);
        const m = meta(src, await sha256Hex(text));
        let doc = deepFreeze(randomDoc(g, src));
        const log: string[] = [];
        for (let i = 0; i < steps; i++) {
          const before = structuredClone(doc);
          const op = randomOp(g, doc, src);
          log.push(op.name);
          const r = op.run();
          expect(doc, `${log.join(' → ')} changed its input`).toStrictEqual(before);
          if (!r.ok) {
            expect(typeof r.error.code).toBe('string');
            expect(r.error.message.length).toBeGreaterThan(0);
            continue;
          }
          expect(checkInvariants(r.doc, src), log.join(' → ')).toEqual([]);
          expect(roundTrip(r.doc, src, m), log.join(' → ')).toStrictEqual(r.doc);
          doc = deepFreeze(r.doc);
        }
        expect(await validateExport(toExport(doc, src, m, 'draft'), src), log.join(' → ')).toMatchObject({ ok: true });
      }),
      { numRuns: 3000, endOnFailure: true },
    );
  });
});
