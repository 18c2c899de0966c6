/**
 * Seed N synthetic issues for load tests: `tsx scripts/seed.ts 10000` into the server's database
 * (GALLEY_DB or DATABASE_URL). Rows go in directly, in batches, with the same denormalised columns an
 * import writes (counts, search text, reporters), so library queries see realistic data.
 */
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import type { Doc } from '../src/core/model.ts';
import { SourceText } from '../src/core/text.ts';
import { defaultDatabaseOptions, migrate, openDatabase } from '../src/server/db/connect.ts';
import type { Database } from '../src/server/db/schema.ts';
import { docInfo } from '../src/server/services/docinfo.ts';
import { isoNow, newId, sha256Hex } from '../src/server/util.ts';

const PUBLICATIONS = ['衡阳晚报', '湘江日报', '南岳周刊', '蒸水晨报'];
const STATUSES = ['proposed', 'in_progress', 'submitted', 'approved', 'changes_requested'] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const WORDS = [
  '城市',
  '建设',
  '会议',
  '乡村',
  '振兴',
  '教育',
  '医疗',
  '交通',
  '文化',
  '经济',
  '民生',
  '环境',
];
const BATCH = 200;

/** A deterministic pseudo-random sequence, so two seeds of the same size hold the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticIssue(i: number, tag: string, rand: () => number): { text: string; doc: Doc } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const blocks: { text: string; headline: string; reporter: string }[] = [];
  const articles = 3 + Math.floor(rand() * 6);
  for (let a = 0; a < articles; a++) {
    const headline = `${pick(WORDS)}${pick(WORDS)}新进展 ${tag}-${i}-${a}`;
    const reporter = `${pick([...SURNAMES])}${pick([...SURNAMES])}`;
    const body = Array.from({ length: 3 }, () => `${pick(WORDS)}${pick(WORDS)}工作取得成效。`).join('');
    blocks.push({ text: `${headline}\n记者 ${reporter}\n${body}\n`, headline, reporter });
  }
  const text = blocks.map((b) => b.text).join('\n');
  let offset = 0;
  const doc: Doc = { articles: [], unassigned: [] };
  blocks.forEach((b, n) => {
    const start = offset;
    const end = start + [...b.text].length;
    doc.articles.push({
      id: `a${n + 1}`,
      parts: [{ start, end }],
      roles: [{ start, end, role: 'body' }],
      boundary: { confidence: 0.9, cues: ['headline-shape'], confirmed: false },
      fields: { headline: b.headline, reporters: [{ name: b.reporter, role: '记者' }] },
    });
    offset = end + 1;
  });
  return { text, doc };
}

export async function seedIssues(
  db: Kysely<Database>,
  count: number,
  options: { seed?: number; now?: number } = {},
): Promise<void> {
  const seed = options.seed ?? 42;
  const rand = rng(seed);
  const tag = seed.toString(36);
  const now = options.now ?? Date.now();
  for (let from = 0; from < count; from += BATCH) {
    const n = Math.min(BATCH, count - from);
    const rows = Array.from({ length: n }, (_, k) => {
      const i = from + k;
      const { text, doc } = syntheticIssue(i, tag, rand);
      const info = docInfo(doc, new SourceText(text));
      const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(rand() * 9000) * 86400_000)
        .toISOString()
        .slice(0, 10);
      const at = isoNow(now - Math.floor(rand() * 365 * 86400_000));
      return { id: newId(), i, text, doc, info, day, at };
    });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('issues')
        .values(
          rows.map((r) => ({
            id: r.id,
            publication: PUBLICATIONS[r.i % PUBLICATIONS.length] ?? null,
            issue_date: r.day,
            edition: `A${String((r.i % 12) + 1).padStart(2, '0')}`,
            filename: `seed-${r.i}.txt`,
            encoding: 'utf-8',
            sha256: sha256Hex(r.text),
            length: [...r.text].length,
            status: STATUSES[r.i % STATUSES.length] ?? 'proposed',
            assignee_id: null,
            current_rev: 0,
            article_count: r.info.articleCount,
            flag_count: r.info.flagCount,
            search_text: r.info.searchText,
            created_at: r.at,
            created_by: null,
            updated_at: r.at,
            updated_by: null,
          })),
        )
        .execute();
      await trx
        .insertInto('issue_sources')
        .values(rows.map((r) => ({ issue_id: r.id, text: r.text })))
        .execute();
      await trx
        .insertInto('revisions')
        .values(
          rows.map((r) => ({
            issue_id: r.id,
            rev: 0,
            kind: 'proposal' as const,
            doc: JSON.stringify(r.doc),
            suggestions: '[]',
            author_id: null,
            created_at: r.at,
            base_rev: null,
            restored_from: null,
            save_id: null,
            article_count: r.info.articleCount,
            flag_count: r.info.flagCount,
          })),
        )
        .execute();
      const reporters = rows.flatMap((r) =>
        r.info.reporters.map((p) => ({ issue_id: r.id, name: p.name, role: p.role })),
      );
      for (let k = 0; k < reporters.length; k += 500) {
        await trx
          .insertInto('issue_reporters')
          .values(reporters.slice(k, k + 500))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 10_000);
  if (!Number.isInteger(count) || count < 1) {
    console.error('Usage: tsx scripts/seed.ts [N]   (default 10000)');
    process.exit(2);
  }
  const { db, close } = await openDatabase(defaultDatabaseOptions());
  await migrate(db);
  const t0 = performance.now();
  await seedIssues(db, count, { seed: Date.now() });
  console.log(`seeded ${count} issues in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await close();
}
