import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLE_LINES, sampleDoc } from '../ops/testing.ts';
import { SourceText } from '../text.ts';
import { compileAccepts } from './accepts.ts';
import { exportSchema } from './schema.ts';
import { toExport } from './to-export.ts';

const src = new SourceText(SAMPLE_LINES.join('\n'));
const meta = {
  id: 'issue',
  publication: '衡阳晚报',
  date: '2022-09-01',
  edition: null,
  source: { filename: 'x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', length: src.length },
};
const goodText = JSON.stringify(toExport(sampleDoc(src), src, meta, 'draft'));
const accepts = compileAccepts(exportSchema);

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
function paths(v: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Edit =
  | { kind: 'set'; value: Json }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: Json }
  | { kind: 'reverse' };

/** A copy of `doc` with one edit at `path` (every path from `paths`, so parents are objects or arrays). */
function applied(doc: Json, path: Path, e: Edit): Json {
  const root = { v: structuredClone(doc) };
  let parent = root as Record<string | number, Json>;
  let key: string | number = 'v';
  for (const p of path) {
    parent = parent[key] as Record<string | number, Json>;
    key = p;
  }
  const target = parent[key];
  if (e.kind === 'set') parent[key] = e.value;
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (e.kind === 'add' && target && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, Json>)[e.key] = e.value;
  } else if (e.kind === 'reverse' && target && typeof target === 'object') {
    parent[key] = Array.isArray(target)
      ? [...target].reverse()
      : Object.fromEntries(Object.entries(target).reverse());
  }
  return root.v;
}

const awkward: Json[] = [
  null,
  true,
  0,
  -0,
  -1,
  0.5,
  1,
  1.5,
  2 ** 53,
  '',
  'a1',
  '𠀀',
  'body',
  'masthead',
  'approved',
  'galley.export/1',
  'unicode-code-points',
  '2022-02-30',
  '2024-02-29',
  'b'.repeat(64),
  'A'.repeat(64),
  [],
  [''],
  [{ start: 0, end: 1 }],
  {},
  { start: 0, end: 1, role: 'body' },
  { approvedBy: 'li', approvedAt: '2022-09-02T08:00:00Z' },
];
const value = fc.oneof(fc.constantFrom(...awkward), fc.jsonValue({ maxDepth: 2 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  value.map((v) => ({ kind: 'set' as const, value: v })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.constantFrom('link', 'roles', 'cues', 'extra', 'approval'), value).map(([key, v]) => ({
    kind: 'add' as const,
    key,
    value: v,
  })),
  fc.constant({ kind: 'reverse' as const }),
);

describe('compileAccepts', () => {
  it('compiles the export schema and takes a faithful export as it is', () => {
    expect(accepts).not.toBeNull();
    expect(accepts?.(JSON.parse(goodText))).toBe(true);
  });

  it('asks zod about keys out of the schema order: zod would return them reordered', () => {
    const approved = toExport(sampleDoc(src), src, meta, 'approved', {
      approval: { approvedBy: 'li', approvedAt: '2022-09-02T08:00:00Z' },
    });
    expect(accepts?.(JSON.parse(JSON.stringify(approved)))).toBe(false);
    const { articles, unassigned, ...head } = approved;
    expect(accepts?.(JSON.parse(JSON.stringify({ ...head, articles, unassigned })))).toBe(true);
  });

  it('never takes what zod would reject or return differently (key order included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 3 }), (edits) => {
        let doc: Json = JSON.parse(goodText);
        for (const [i, e] of edits) {
          const all = paths(doc);
          doc = applied(doc, all[i % all.length] as Path, e);
        }
        // A round trip through JSON text: what parseExport hands over (undefined values dropped).
        doc = JSON.parse(JSON.stringify(doc) ?? 'null');
        if (!accepts?.(doc)) return;
        const r = exportSchema.safeParse(doc);
        expect(r.success).toBe(true);
        expect(JSON.stringify(r.data)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('asks zod about whatever it does not know', () => {
    expect(compileAccepts(z.object({ a: z.string().email() }))).toBeNull();
    expect(compileAccepts(z.object({ a: z.string().refine((s) => s !== 'x') }))).toBeNull();
    expect(compileAccepts(z.object({ a: z.number().default(1) }))).toBeNull();
    expect(compileAccepts(z.looseObject({ a: z.string() }))).toBeNull();
    expect(compileAccepts(z.object({ a: z.coerce.number() }))).toBeNull();
    expect(compileAccepts(z.object({ a: z.number().gt(0) }))).toBeNull();
  });

  it('counts code points for a minimum length, as zod does', () => {
    const twoChars = compileAccepts(z.string().min(2));
    expect(twoChars?.('𠀀')).toBe(false);
    expect(twoChars?.('𠀀𠀀')).toBe(true);
    expect(twoChars?.('ab')).toBe(true);
  });
});
