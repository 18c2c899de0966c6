/**
 * Every state-changing route fed malformed JSON, wrong types, huge bodies and garbage headers:
 * a 4xx with `{ error: { code, message } }`, never a 5xx, and nothing stored changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../api/contract.ts';
import type { Doc } from '../../core/model.ts';
import { backends } from '../test/backends.ts';
import { createHarness, docFor, SAMPLE_TEXT } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { recordFigures } from './figures.ts';

const WRONG_TYPES = {
  username: 1,
  password: 2,
  currentPassword: 3,
  newPassword: 4,
  publication: 5,
  date: 6,
  edition: 7,
  message: 8,
  doc: 'not a doc',
  saveId: 9,
  note: 10,
  body: 11,
  comment: 12,
  resolved: 'yes',
  ids: 'all',
  from: 13,
  to: 14,
  role: 15,
  displayName: 16,
  active: 'no',
  parentId: {},
  line: 'x',
  articleId: 17,
  unknownField: { nested: true },
};

const BODIES: [string, string][] = [
  ['malformed JSON', '{"doc": '],
  ['JSON null', 'null'],
  ['a JSON array', '[]'],
  ['a JSON string', '"hello"'],
  ['a lone number', '-1'],
  ['wrong types and unknown fields', JSON.stringify(WRONG_TYPES)],
];

/** Shape-valid for routes whose fields are all optional, so not refused there; they must not escalate. */
const SNEAKY: string[] = [
  '{"__proto__": {"role": "admin", "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}',
  '{"role": "admin", "active": true, "userId": "x", "authorId": "x", "status": "approved"}',
];

const STATE_CHANGING = ROUTES.filter((r) => r.method !== 'GET' && 'body' in r);

function withIds(path: string, ids: { issue: string; user: string; comment: string }): string {
  return path
    .replace(':id', path.startsWith('/api/users') ? ids.user : ids.issue)
    .replace(':rev', '0')
    .replace(':cid', ids.comment)
    .replace(':version', '1');
}

describe.each(backends)('bad input to every state-changing route on $name', (backend) => {
  let h: Harness;
  let ids: { issue: string; user: string; comment: string };
  let checked = 0;

  beforeAll(async () => {
    h = await createHarness(backend);
    const issue = await h.importText(SAMPLE_TEXT);
    const user = await h.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'editor')
      .executeTakeFirstOrThrow();
    const res = await h.request('POST', `/api/issues/${issue}/comments`, {
      cookie: h.cookies.admin,
      json: { body: 'a comment' },
    });
    expect(res.status).toBeLessThan(300);
    const comment = (await res.json()) as { comment?: { id: string }; id?: string };
    ids = { issue, user: user.id, comment: String(comment.comment?.id ?? comment.id ?? '1') };
  });
  afterAll(() => h.cleanup());

  /** Everything a request could wrongly change, as one comparable value. */
  async function snapshot(): Promise<string> {
    const db = h.db;
    const count = async (table: 'revisions' | 'comments' | 'sessions' | 'submissions' | 'approved_exports') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return JSON.stringify({
      issues: await db.selectFrom('issues').selectAll().orderBy('id').execute(),
      users: await db
        .selectFrom('users')
        .select(['id', 'username', 'role', 'active', 'password_hash', 'display_name'])
        .orderBy('id')
        .execute(),
      comments: await db.selectFrom('comments').selectAll().orderBy('id').execute(),
      revisions: await count('revisions'),
      sessions: await count('sessions'),
      submissions: await count('submissions'),
      exports: await count('approved_exports'),
    });
  }

  async function expectRefused(res: Response, before: string): Promise<void> {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code).toBe('string');
    expect(typeof body.error?.message).toBe('string');
    expect(await snapshot()).toBe(before);
    checked++;
  }

  for (const route of STATE_CHANGING) {
    it(`${route.method} ${route.path} refuses malformed and mistyped bodies without changing anything`, async () => {
      const path = withIds(route.path, ids);
      const before = await snapshot();
      for (const [, body] of BODIES) {
        // A fresh admin session: some bodies might log out or rotate it if they slipped through.
        const cookie = await h.cookieFor('admin');
        const after = await snapshot();
        const res = await h.request(route.method, path, {
          cookie,
          body,
          headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
        });
        // Logging in adds a session; compare against the state after that.
        await expectRefused(res, after);
      }
      // Cleanup of the sessions made above keeps the next route's snapshot comparable.
      await h.db.deleteFrom('sessions').where('token_hash', 'is not', null).execute();
      h.cookies.admin = await h.cookieFor('admin');
      expect(before).toMatch(/issues/);
    });
  }

  it('ignores __proto__ and privileged fields smuggled into any body: no 5xx, no pollution, no role change', async () => {
    const editor = await h.cookieFor('editor');
    const issue = await h.importText(`${SAMPLE_TEXT}\n走私\n`, 'sneaky.txt', editor);
    const roles = async () =>
      JSON.stringify(
        await h.db.selectFrom('users').select(['username', 'role', 'active']).orderBy('username').execute(),
      );
    const rolesBefore = await roles();
    for (const route of STATE_CHANGING) {
      if (route.path === '/api/auth/password' || route.path === '/api/users/:id') continue;
      for (const body of SNEAKY) {
        const res = await h.request(route.method, withIds(route.path, { ...ids, issue }), {
          cookie: editor,
          body,
          headers: { 'Content-Type': 'application/json', 'If-Match': '0' },
        });
        expect(res.status).toBeLessThan(500);
        checked++;
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await roles()).toBe(rolesBefore);
    const editorMe = (await (await h.request('GET', '/api/auth/me', { cookie: editor })).json()) as {
      user: { role: string };
    };
    expect(editorMe.user.role).toBe('editor');
  });

  it('refuses a body over the JSON limit with 413 on login, save and comment', async () => {
    const huge = JSON.stringify({ body: 'x'.repeat(33 * 1024 * 1024) });
    for (const path of [
      '/api/auth/login',
      `/api/issues/${ids.issue}/document`,
      `/api/issues/${ids.issue}/comments`,
    ]) {
      const before = await snapshot();
      const res = await h.request(path.endsWith('document') ? 'PUT' : 'POST', path, {
        cookie: h.cookies.admin,
        body: huge,
        headers: { 'Content-Type': 'application/json', 'If-Match': '0' },
      });
      expect(res.status).toBe(413);
      await expectRefused(res, before);
    }
  });

  it('refuses garbage, negative and out-of-range If-Match revisions on a save', async () => {
    const doc = docFor(SAMPLE_TEXT);
    for (const ifMatch of ['-1', 'abc', '"1"x', '99999999999', '1e3', '0x1', '"', 'W/', '5']) {
      const before = await snapshot();
      const res = await h.request('PUT', `/api/issues/${ids.issue}/document`, {
        cookie: h.cookies.admin,
        headers: { 'If-Match': ifMatch },
        json: { doc, saveId: `ifmatch-${ifMatch}-${backend.name}` },
      });
      await expectRefused(res, before);
    }
  });

  it('refuses documents whose spans fall outside the text, overlap or are not integers, keeping the revision', async () => {
    const good = docFor(SAMPLE_TEXT);
    const length = [...SAMPLE_TEXT].length;
    const mutate = (f: (d: Doc) => void): Doc => {
      const d = structuredClone(good);
      f(d);
      return d;
    };
    const a0 = (d: Doc) => d.articles[0]!;
    const bad: unknown[] = [
      mutate((d) => (a0(d).parts[0]!.start = -1)),
      mutate((d) => (a0(d).parts[0]!.end = length + 1)),
      mutate((d) => (a0(d).roles[0]!.end = length + 100)),
      mutate((d) => (a0(d).parts[0]!.start = 1.5)),
      mutate((d) => (a0(d).parts[0]!.end = 1e308)),
      mutate((d) => {
        a0(d).parts[0]!.start = 5;
        a0(d).parts[0]!.end = 2;
      }),
      mutate((d) => d.articles.push(structuredClone(a0(d)))),
      mutate((d) => (d.articles[1]!.parts[0]!.start = 0)),
      mutate((d) => (a0(d).roles[0]!.role = 'script' as never)),
      mutate((d) => d.unassigned.push({ start: -5, end: 3, reason: 'x' } as never)),
      mutate((d) => (d.articles = [])),
      { articles: 'none' },
      { articles: [{ id: 1 }], unassigned: null },
    ];
    for (const doc of bad) {
      const before = await snapshot();
      const res = await h.request('PUT', `/api/issues/${ids.issue}/document`, {
        cookie: h.cookies.admin,
        headers: { 'If-Match': '0' },
        json: { doc, saveId: `bad-doc-${Math.random().toString(36).slice(2)}` },
      });
      expect(res.status).toBe(422);
      await expectRefused(res, before);
    }
    recordFigures(
      `bad-input-${backend.name}`,
      `bad input (${backend.name}): ${STATE_CHANGING.length} state-changing routes × ${BODIES.length} bodies, smuggled fields, huge bodies, If-Match and span attacks: ${checked} hostile requests, no 5xx, every refusal left the stored state unchanged`,
    );
  });
});
