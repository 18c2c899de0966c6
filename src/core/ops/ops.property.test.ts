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
import { entropyArb, randomDoc, textArb } from './arbitraries.ts';
import type { Entropy } from './arbitraries.ts';
import { confirmBoundary, moveBoundary } from './boundary.ts';
import { setByline, setHeadline, setKicker, setReporters, setSubheadlines } from './fields.ts';
import { linkContinuation, unlink } from './links.ts';
import { reorderArticles } from './order.ts';
import type { OpResult } from './result.ts';
import { setRole } from './roles.ts';
import { mergeWithPrevious, splitAt } from './split.ts';
import { deepFreeze } from './testing.ts';
import { assignRange, markUnassigned } from './unassigned.ts';

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
function randomOp(e: Entropy, doc: Doc, src: SourceText): { name: string; run: () => OpResult } {
  // Mostly valid arguments, often on the edges that matter (span ends, line starts), some invalid.
  const id = () => (doc.articles.length === 0 || e.int(0, 9) === 0 ? 'a999' : e.pick(doc.articles).id);
  const edges = [
    ...src.lineStarts(),
    ...doc.articles.flatMap((a) => a.parts.flatMap((p) => [p.start, p.end])),
    ...doc.unassigned.flatMap((u) => [u.start, u.end]),
  ];
  const offset = () => {
    const k = e.int(0, 9);
    if (k === 0) return e.pick([-1, src.length + 1, 0.5]);
    if (k < 5) return Math.min(src.length, Math.max(0, e.pick(edges) + e.int(-1, 1)));
    return e.int(0, src.length);
  };
  const range = () => {
    const a = offset();
    const b = offset();
    return e.int(0, 9) === 0 ? { start: a, end: b } : { start: Math.min(a, b), end: Math.max(a, b) };
  };
  const partIndex = (articleId: string) => {
    const n = doc.articles.find((a) => a.id === articleId)?.parts.length ?? 1;
    return e.int(0, 9) === 0 ? e.pick([-1, n, 1.5]) : e.int(0, n - 1);
  };
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
      const [r, role] = [range(), e.pick([...ROLES, 'bogus' as never])];
      return { name: `setRole(${JSON.stringify(r)}, ${role})`, run: () => setRole(doc, src, r, role) };
    },
    () => {
      const a = id();
      const [p, t] = [partIndex(a), id()];
      return {
        name: `linkContinuation(${a}#${p}, ${t})`,
        run: () => linkContinuation(doc, src, { articleId: a, partIndex: p }, t),
      };
    },
    () => {
      const a = id();
      const p = partIndex(a);
      return { name: `unlink(${a}, ${p})`, run: () => unlink(doc, src, a, p) };
    },
    () => {
      const [r, label] = [range(), e.pick([null, 'noise', 'ad'])];
      return {
        name: `markUnassigned(${JSON.stringify(r)}, ${label})`,
        run: () => markUnassigned(doc, src, r, label),
      };
    },
    () => {
      const [r, a] = [range(), id()];
      return { name: `assignRange(${JSON.stringify(r)}, ${a})`, run: () => assignRange(doc, src, r, a) };
    },
    () => {
      const [from, to] = [e.int(-1, doc.articles.length), e.int(0, doc.articles.length - 1)];
      return { name: `reorderArticles(${from}, ${to})`, run: () => reorderArticles(doc, from, to) };
    },
    () => {
      const a = id();
      return { name: `confirmBoundary(${a})`, run: () => confirmBoundary(doc, a) };
    },
    () => {
      const [a, v] = [id(), e.pick(['新标题', undefined, 42 as never])];
      return { name: `setHeadline(${a}, ${String(v)})`, run: () => setHeadline(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), e.pick(['引题', null, undefined])];
      return { name: `setKicker(${a})`, run: () => setKicker(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), e.pick([['副'], [], undefined, [1] as never])];
      return { name: `setSubheadlines(${a})`, run: () => setSubheadlines(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), e.pick(['本报讯', null, undefined])];
      return { name: `setByline(${a})`, run: () => setByline(doc, a, v) };
    },
    () => {
      const [a, v] = [id(), e.pick([[{ name: '王明', role: null }], undefined, [{}] as never])];
      return { name: `setReporters(${a})`, run: () => setReporters(doc, a, v) };
    },
  ];
  return e.pick(ops)();
}

function roundTrip(doc: Doc, src: SourceText, m: IssueMeta): Doc {
  const parsed = parseExport(JSON.parse(JSON.stringify(toExport(doc, src, m, 'draft'))));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return fromExport(parsed.value, src);
}

describe('edit operations on random documents', () => {
  it('random documents satisfy the invariants and survive export and import unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, entropyArb, async (text, e) => {
        const src = new SourceText(text);
        const doc = randomDoc(e, src);
        expect(checkInvariants(doc, src)).toEqual([]);
        const m = meta(src, await sha256Hex(text));
        expect(roundTrip(doc, src, m)).toStrictEqual(doc);
        expect(await validateExport(toExport(doc, src, m, 'proposed'), src)).toMatchObject({ ok: true });
      }),
      { numRuns: 200 },
    );
  });

  it('after every step of a random sequence of operations the invariants hold and export round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, entropyArb, fc.integer({ min: 1, max: 12 }), async (text, e, steps) => {
        const src = new SourceText(text);
        const m = meta(src, await sha256Hex(text));
        let doc = deepFreeze(randomDoc(e, src));
        const log: string[] = [];
        for (let i = 0; i < steps; i++) {
          const before = structuredClone(doc);
          const op = randomOp(e, doc, src);
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
        expect(await validateExport(toExport(doc, src, m, 'draft'), src), log.join(' → ')).toMatchObject({
          ok: true,
        });
      }),
      { numRuns: 400 },
    );
  });
});
