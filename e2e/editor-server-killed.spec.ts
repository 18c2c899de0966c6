/**
 * The server dies under an editor: edits made before, during and after the crash, and a reload
 * while it is down, all end up in the database once it is back. The spec runs its own server (a
 * child process over its own temporary database) so it can SIGKILL and restart it on the same port:
 * the browser must find its drafts at the same origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { freePort, startServerProcess } from '../src/server/reliability/server-process.ts';
import type { ServerProcess } from '../src/server/reliability/server-process.ts';
import {
  EditorPage,
  expect,
  ez,
  importSampleCopy,
  loginByApi,
  test,
  type ExportJson,
} from './editor.fixtures.ts';
import { E2E_ADMIN } from './env.ts';

interface KillableServer {
  url: string;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** A logged-in browser context of its own (no drafts shared with other contexts). */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

async function killableServer(browser: Browser): Promise<KillableServer> {
  const dir = mkdtempSync(join(tmpdir(), 'galley-e2e-killed-'));
  const port = await freePort();
  const env = {
    GALLEY_DB: join(dir, 'galley.db'),
    GALLEY_ADMIN_PASSWORD: E2E_ADMIN.password,
    GALLEY_SCRYPT_N: '1024',
  };
  let server: ServerProcess = await startServerProcess(env, 60_000, port);
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    kill: () => server.kill(),
    async restart() {
      server = await startServerProcess(env, 60_000, port);
    },
    async newContext() {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      contexts.push(context);
      await loginByApi(context.request);
      return context;
    },
    async close() {
      for (const c of contexts) await c.close();
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const headline = (e: EditorPage, n: number) =>
  e.card(n).getByRole('textbox', { name: ez.card.headline, exact: true });
const confirmButton = (e: EditorPage, n: number) => e.card(n).getByRole('button', { name: ez.card.confirm });

async function exportOf(context: BrowserContext, issueId: string): Promise<ExportJson> {
  const res = await context.request.get(`/api/issues/${issueId}/export`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as ExportJson;
}

async function revisionsOf(context: BrowserContext, issueId: string): Promise<number[]> {
  const res = await context.request.get(`/api/issues/${issueId}/revisions`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { rev: number }[] };
  return body.items.map((r) => r.rev).sort((a, b) => a - b);
}

test('edits made before and while the server is killed, and across a reload, are all saved after it restarts', async ({
  browser,
}) => {
  const server = await killableServer(browser);
  try {
    const context = await server.newContext();
    const page = await context.newPage();
    // Reloading with unsaved edits asks first; the editor says yes, as a user would.
    page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()));
    const issueId = await importSampleCopy(context.request, 'killed');
    const editor = new EditorPage(page);
    await editor.open(issueId);

    // Before: saved normally.
    await headline(editor, 1).fill('市委常委会召开会议（崩溃前）');
    await headline(editor, 1).press('Tab');
    await editor.expectSaved();

    // The server dies without a chance to flush anything.
    await server.kill();

    // During: two more edits, which cannot reach the server.
    await headline(editor, 2).fill('刘群率队来衡调研（宕机时）');
    await headline(editor, 2).press('Tab');
    await confirmButton(editor, 3).click();
    await expect(confirmButton(editor, 3)).toHaveCount(0);
    await expect(editor.saveStatus).toHaveAttribute('data-save-status', 'offline', { timeout: 15_000 });
    await expect(editor.saveStatus).toHaveText(new RegExp(ez.save.offline));

    // A reload while the server is down only gets the browser's error page: the editor is gone.
    await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/);

    await server.restart();
    await editor.open(issueId);
    await expect(page.getByRole('status').filter({ hasText: ez.save.restored })).toBeVisible();
    await editor.expectSaved();
    await expect(headline(editor, 1)).toHaveValue('市委常委会召开会议（崩溃前）');
    await expect(headline(editor, 2)).toHaveValue('刘群率队来衡调研（宕机时）');
    await expect(confirmButton(editor, 3)).toHaveCount(0);

    // The server has all of it: its export, and a browser with no drafts of its own shows it.
    const exported = await exportOf(context, issueId);
    expect(exported.articles[0]?.headline).toBe('市委常委会召开会议（崩溃前）');
    expect(exported.articles[1]?.headline).toBe('刘群率队来衡调研（宕机时）');
    expect(exported.articles[2]?.confirmed).toBe(true);
    expect(await revisionsOf(context, issueId)).toEqual([0, 1, 2]);

    const other = new EditorPage(await (await server.newContext()).newPage());
    await other.open(issueId);
    await expect(headline(other, 1)).toHaveValue('市委常委会召开会议（崩溃前）');
    await expect(headline(other, 2)).toHaveValue('刘群率队来衡调研（宕机时）');
    await expect(confirmButton(other, 3)).toHaveCount(0);
    await expect(other.page.getByRole('status').filter({ hasText: ez.save.restored })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('a save the server stored just before it was killed is retried once it is back and stored only once', async ({
  browser,
}) => {
  const server = await killableServer(browser);
  try {
    const context = await server.newContext();
    const issueId = await importSampleCopy(context.request, 'killed-ack');
    const editor = new EditorPage(await context.newPage());
    await editor.open(issueId);

    // The first save reaches the server and commits; the server dies before the answer leaves.
    let stored: unknown = null;
    await context.route('**/api/issues/*/document', async (route) => {
      const response = await route.fetch();
      stored = await response.json();
      await server.kill();
      await route.abort('connectionreset');
    });
    await headline(editor, 1).fill('市委常委会召开会议（回执丢失）');
    await headline(editor, 1).press('Tab');
    await expect(editor.saveStatus).toHaveAttribute('data-save-status', 'offline', { timeout: 15_000 });
    expect(stored).toEqual({ revision: 1 });
    await context.unrouteAll();

    // Back up: the retry carries the same saveId, so it gets revision 1 back instead of a conflict or a copy.
    await server.restart();
    await editor.expectSaved();
    await expect(editor.page.getByRole('dialog', { name: ez.conflict.title })).toHaveCount(0);
    expect(await revisionsOf(context, issueId)).toEqual([0, 1]);

    // Editing goes on from there.
    await headline(editor, 2).fill('刘群率队来衡调研（之后）');
    await headline(editor, 2).press('Tab');
    await editor.expectSaved();
    expect(await revisionsOf(context, issueId)).toEqual([0, 1, 2]);
    const exported = await exportOf(context, issueId);
    expect(exported.articles.slice(0, 2).map((a) => a.headline)).toEqual([
      '市委常委会召开会议（回执丢失）',
      '刘群率队来衡调研（之后）',
    ]);
  } finally {
    await server.close();
  }
});
