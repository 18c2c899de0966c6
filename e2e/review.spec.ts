/**
 * The review cycle with two people at once: an editor corrects and submits a copy of the sample issue,
 * a supervisor sends it back with a comment, the editor answers and resubmits, the supervisor approves,
 * and the frozen export and a release of two approved issues are downloaded and checked.
 * The editor's corrections go through the editor UI (boundary drag, headline field, submit button).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import {
  test,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Download,
  type Page,
} from '@playwright/test';
import { reviewZhCN as rz } from '../src/app/features/review/i18n.ts';
import { EditorPage, ez, lineOf, SAMPLE_TEXT } from './editor.fixtures.ts';
import { E2E_ADMIN } from './env.ts';
import { fill, zh } from './fixtures.ts';

const CSRF = { 'X-Galley-CSRF': '1' };
const STAMP = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const PUBLICATION = `审核测试${STAMP}`;
const PASSWORD = 'review-e2e-password';
const EDITOR = { username: `rev-ed-${STAMP}`, displayName: '编辑小王', role: 'editor' };
const SUPERVISOR = { username: `rev-sup-${STAMP}`, displayName: '审核老李', role: 'supervisor' };

const LIU_QUN = '刘群率队来衡调研生态环境工作并举行座谈';
const HEADLINE_PRINTED = '150余万亩 一季稻迎来收割季';
const HEADLINE_FIXED = '150余万亩一季稻迎来收割季';
const REQUEST = '第 2 篇的边界移过头了：“会议强调，要用好全市巩固”一段属于市委常委会的报道，请移回去。';

/** The issue texts as imported (the sample plus a unique tail, so each import is a new issue). */
const texts = new Map<string, string>();

test.describe.configure({ mode: 'serial' });

let editorContext: BrowserContext;
let supervisorContext: BrowserContext;
let editorPage: Page;
let supervisorPage: Page;
let issueA: string;
let issueB: string;
let issueC: string;

async function login(request: APIRequestContext, username: string, password: string): Promise<void> {
  const res = await request.post('/api/auth/login', { headers: CSRF, data: { username, password } });
  expect(res.ok(), await res.text()).toBe(true);
}

async function importCopy(request: APIRequestContext, tag: string): Promise<string> {
  const text = `${SAMPLE_TEXT}${' '.repeat(1 + texts.size)}\n`;
  const res = await request.post('/api/issues/import', {
    headers: CSRF,
    multipart: {
      publication: PUBLICATION,
      files: {
        name: `review-e2e-${STAMP}-${tag}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(text, 'utf8'),
      },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const body = (await res.json()) as { results: { status: string; issueId?: string }[] };
  expect(body.results[0]?.status).toBe('imported');
  const id = body.results[0]?.issueId as string;
  texts.set(id, text);
  return id;
}

async function statusOf(request: APIRequestContext, id: string): Promise<string> {
  const res = await request.get(`/api/issues/${id}`);
  return ((await res.json()) as { issue: { status: string } }).issue.status;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function downloaded(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** The entries of a ZIP file, read from its central directory (the release streams with data descriptors). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Drags the boundary handle before article `number` onto the row of source line `toLine`. */
async function dragBoundary(editor: EditorPage, number: number, toLine: number): Promise<void> {
  const page = editor.page;
  await editor.card(number).getByRole('heading').click();
  await expect(editor.boundary(number)).toBeVisible();
  const from = await editor.boundary(number).boundingBox();
  const to = await editor.row(toLine).boundingBox();
  if (!from || !to) throw new Error('boundary or row not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x + 120, to.y + 12, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => editor.boundaryLine(number)).toBe(toLine);
}

function reviewTab(page: Page, name: string) {
  return page.getByRole('tab', { name: new RegExp(`^${name}`) });
}

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await login(admin.request, E2E_ADMIN.username, E2E_ADMIN.password);
  for (const user of [EDITOR, SUPERVISOR]) {
    const res = await admin.request.post('/api/users', {
      headers: CSRF,
      data: { ...user, password: PASSWORD },
    });
    expect(res.ok(), await res.text()).toBe(true);
  }
  issueA = await importCopy(admin.request, 'a');
  issueB = await importCopy(admin.request, 'b');
  issueC = await importCopy(admin.request, 'c');
  await admin.close();

  editorContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  supervisorContext = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  await login(editorContext.request, EDITOR.username, PASSWORD);
  await login(supervisorContext.request, SUPERVISOR.username, PASSWORD);
  editorPage = await editorContext.newPage();
  supervisorPage = await supervisorContext.newPage();
});

test.afterAll(async () => {
  await editorContext?.close();
  await supervisorContext?.close();
});

test('1. the editor moves a boundary and fixes a headline typo in the editor, then submits', async () => {
  const editor = new EditorPage(editorPage);
  await editor.open(issueA);
  await dragBoundary(editor, 2, lineOf('会议强调，要用好全市巩固'));

  const headline = editor.card(3).getByRole('textbox', { name: ez.card.headline, exact: true });
  await expect(headline).toHaveValue(HEADLINE_PRINTED);
  await headline.fill(HEADLINE_FIXED);
  await headline.press('Tab');
  await editor.expectSaved();

  await editorPage.getByRole('button', { name: ez.toolbar.submit }).click();
  await expect(editorPage.getByRole('button', { name: ez.toolbar.submitted })).toBeVisible();
  expect(await statusOf(editorContext.request, issueA)).toBe('submitted');
  // Editors have no review pages in their navigation.
  await expect(
    editorPage.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: rz.nav.review }),
  ).toHaveCount(0);
});

test('2. the supervisor finds it in the queue, sees the moved boundary and the headline edit, and requests changes', async () => {
  const page = supervisorPage;
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: zh.nav.main });
  const reviewLink = nav.getByRole('link', { name: rz.nav.review });
  await expect(reviewLink.locator('[data-review-count]')).toHaveAttribute('data-review-count', /^[1-9]\d*$/);
  await reviewLink.click();
  await expect(page.getByRole('heading', { name: rz.queue.title, level: 1 })).toBeVisible();

  const row = page
    .getByRole('table', { name: rz.queue.table })
    .getByRole('row')
    .filter({ hasText: PUBLICATION });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(EDITOR.displayName);
  await row.getByRole('link', { name: PUBLICATION }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${issueA}$`));

  const changes = page.getByRole('list', { name: rz.changes.title });
  const moved = changes.getByRole('listitem').filter({
    hasText: fill(rz.changes.kind['boundary-moved-up'], { article: 2, lines: 4, chars: '' }).split(
      '（',
    )[0] as string,
  });
  await expect(moved).toHaveCount(1);
  const edited = changes
    .getByRole('listitem')
    .filter({ hasText: fill(rz.changes.kind['headline-changed'], { article: 3 }) });
  await expect(edited).toHaveCount(1);
  // The inline diff strikes out the stray space.
  await expect(edited.locator('del')).toHaveCount(1);
  await expect(edited.locator('del [data-diff-text]')).toHaveAttribute('data-diff-text', ' ');
  await expect(edited).toContainText(HEADLINE_FIXED.slice(0, 5));

  // Choosing the change lights up its place in the source.
  await moved.getByRole('button').click();
  await expect(
    page.locator(`[data-line="${lineOf('会议强调，要用好全市巩固')}"][data-highlighted]`),
  ).toBeVisible();

  const approve = page.getByRole('button', { name: rz.decision.approve });
  await expect(approve).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
  await page.getByRole('button', { name: rz.decision.requestChanges }).click();
  const dialog = page.getByRole('dialog', { name: rz.decision.requestTitle });
  await dialog.getByRole('button', { name: rz.decision.send }).click();
  await expect(dialog.getByRole('alert')).toHaveText(rz.decision.requestRequired);
  await dialog.getByLabel(rz.decision.requestLabel).fill(REQUEST);
  await dialog.getByRole('button', { name: rz.decision.send }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: rz.decision.sentBack })).toBeVisible();
  await expect(page.getByText(zh.status.changes_requested, { exact: true })).toBeVisible();
  expect(await statusOf(supervisorContext.request, issueA)).toBe('changes_requested');
});

test('3. the editor reads the comment, fixes the boundary, answers, resolves and resubmits', async () => {
  const editor = new EditorPage(editorPage);
  await editor.open(issueA);
  const toggle = editorPage.getByRole('button', { name: new RegExp(`^${rz.comments.drawerButton}`) });
  await expect(toggle).toContainText(fill(rz.comments.open_one, { count: 1 }));

  // Back by one paragraph: the two 会议强调 paragraphs return to article 1.
  await dragBoundary(editor, 2, lineOf(LIU_QUN));
  await editor.expectSaved();

  await toggle.click();
  const drawer = editorPage.getByRole('complementary', { name: rz.comments.drawer });
  const thread = drawer.getByRole('listitem').filter({ hasText: REQUEST });
  await expect(thread).toContainText(SUPERVISOR.displayName);
  await expect(thread).toContainText(rz.comments.kind['request-changes']);
  await thread.getByRole('button', { name: rz.comments.reply }).click();
  await thread.getByRole('textbox').fill('已移回，谢谢。');
  await thread.getByRole('button', { name: rz.comments.sendReply }).click();
  await expect(thread).toContainText('已移回，谢谢。');
  await thread.getByRole('button', { name: rz.comments.resolve }).click();
  await expect(
    drawer.getByRole('button', { name: fill(rz.comments.showResolved, { count: 1 }) }),
  ).toBeVisible();
  await expect(toggle).not.toContainText(fill(rz.comments.open_one, { count: 1 }));

  await drawer.getByRole('button', { name: rz.comments.close }).click();
  await editorPage.getByRole('button', { name: ez.toolbar.submit }).click();
  await expect(editorPage.getByRole('button', { name: ez.toolbar.submitted })).toBeVisible();
  expect(await statusOf(editorContext.request, issueA)).toBe('submitted');
});

test('4. the supervisor approves with Ctrl+Enter', async () => {
  const page = supervisorPage;
  await page.goto(`/review/${issueA}`);
  const changes = page.getByRole('list', { name: rz.changes.title });
  await expect(
    changes
      .getByRole('listitem')
      .filter({ hasText: fill(rz.changes.kind['headline-changed'], { article: 3 }) }),
  ).toHaveCount(1);
  // The boundary is back where the proposal had it: no boundary change is listed any more.
  await expect(changes.getByRole('listitem').filter({ hasText: '边界' })).toHaveCount(0);
  await reviewTab(page, rz.page.tabComments).click();
  await expect(
    page.getByRole('button', { name: fill(rz.comments.showResolved, { count: 1 }) }),
  ).toBeVisible();

  await page.locator('body').press('Control+Enter');
  await expect(
    page.getByRole('status').filter({ hasText: fill(rz.decision.approved, { version: 1 }) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: rz.decision.reopen })).toBeVisible();
  expect(await statusOf(supervisorContext.request, issueA)).toBe('approved');
});

test('5. the frozen export says approved, by whom, over which source', async () => {
  const page = supervisorPage;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: rz.exports.latest }).click(),
  ]);
  const bytes = await downloaded(download);
  const exp = JSON.parse(bytes.toString('utf8')) as {
    status: string;
    approval?: { approvedBy: string; editors?: string[] };
    issue: { id: string; source: { sha256: string } };
    articles: { headline: string }[];
  };
  expect(exp.status).toBe('approved');
  expect(exp.approval?.approvedBy).toBe(SUPERVISOR.username);
  expect(exp.approval?.editors).toContain(EDITOR.username);
  expect(exp.issue.id).toBe(issueA);
  expect(exp.issue.source.sha256).toBe(sha256(texts.get(issueA) as string));
  expect(exp.articles.map((a) => a.headline)).toContain(HEADLINE_FIXED);

  // The version list shows the same bytes' hash.
  await reviewTab(page, rz.page.tabExports).click();
  const versions = page.getByRole('list', { name: rz.exports.title });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions).toContainText(sha256(bytes));
});

test('6. a release ZIP of two approved issues carries both and a manifest that matches', async () => {
  // The second issue goes through unedited: submitted by the editor, approved by the supervisor.
  const submit = await editorContext.request.post(`/api/issues/${issueB}/submit`, { headers: CSRF });
  expect(submit.ok(), await submit.text()).toBe(true);
  const approve = await supervisorContext.request.post(`/api/issues/${issueB}/approve`, {
    headers: CSRF,
    data: {},
  });
  expect(approve.ok(), await approve.text()).toBe(true);

  const page = supervisorPage;
  await page.goto(`/?publication=${encodeURIComponent(PUBLICATION)}`);
  await page.getByRole('button', { name: rz.release.open }).click();
  const dialog = page.getByRole('dialog', { name: rz.release.title });
  await expect(dialog.getByLabel(fill(rz.release.scopeAll_other, { count: 2 }))).toBeEnabled();
  await dialog.getByRole('checkbox', { name: rz.release.selectAllPage }).check();
  await expect(dialog).toContainText(fill(rz.release.selected_other, { count: 2 }));
  await dialog.getByLabel(rz.release.zip).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: rz.release.download }).click(),
  ]);
  await expect(dialog.getByRole('status')).toHaveText(rz.release.inProgress);
  const files = unzip(await downloaded(download));
  const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as {
    status: string;
    issues: number;
    files: { path: string; sha256: string; bytes: number }[];
  };
  expect(manifest.status).toBe('approved');
  expect(manifest.issues).toBe(2);
  expect(manifest.files.map((f) => f.path).sort()).toEqual(
    [issueA, issueB].flatMap((id) => [`${id}/export.json`, `${id}/source.txt`]).sort(),
  );
  for (const f of manifest.files) {
    const data = files.get(f.path) as Buffer;
    expect(sha256(data), f.path).toBe(f.sha256);
    expect(data.length).toBe(f.bytes);
  }
  for (const id of [issueA, issueB]) {
    expect((files.get(`${id}/source.txt`) as Buffer).toString('utf8')).toBe(texts.get(id));
    const exp = JSON.parse((files.get(`${id}/export.json`) as Buffer).toString('utf8')) as { status: string };
    expect(exp.status).toBe('approved');
  }
});

test('7. an editor cannot approve: no button, and the API refuses', async () => {
  const submit = await editorContext.request.post(`/api/issues/${issueC}/submit`, { headers: CSRF });
  expect(submit.ok(), await submit.text()).toBe(true);
  await editorPage.goto(`/review/${issueC}`);
  await expect(
    editorPage.getByRole('list', { name: rz.changes.title }).or(editorPage.getByText(rz.changes.none)),
  ).toBeVisible();
  await expect(editorPage.getByRole('button', { name: rz.decision.approve })).toHaveCount(0);
  await expect(editorPage.getByRole('button', { name: rz.decision.requestChanges })).toHaveCount(0);
  await editorPage.locator('body').press('Control+Enter');

  const res = await editorContext.request.post(`/api/issues/${issueC}/approve`, { headers: CSRF, data: {} });
  expect(res.status()).toBe(403);
  expect(await statusOf(editorContext.request, issueC)).toBe('submitted');
});

test('8. the supervisor reopens the approved issue with a reason; the frozen export stays', async () => {
  const page = supervisorPage;
  await page.goto(`/review/${issueA}`);
  await page.getByRole('button', { name: rz.decision.reopen }).click();
  const dialog = page.getByRole('dialog', { name: rz.decision.reopenTitle });
  await dialog.getByLabel(rz.decision.reopenLabel).fill('第 5 篇的续文漏接了。');
  await dialog.getByRole('button', { name: rz.decision.reopenConfirm }).click();
  await expect(page.getByRole('status').filter({ hasText: rz.decision.reopened })).toBeVisible();
  expect(await statusOf(supervisorContext.request, issueA)).toBe('in_progress');
  await reviewTab(page, rz.page.tabExports).click();
  await expect(page.getByRole('list', { name: rz.exports.title }).getByRole('listitem')).toHaveCount(1);
  await reviewTab(page, rz.page.tabComments).click();
  await expect(page.getByRole('listitem').filter({ hasText: '第 5 篇的续文漏接了。' })).toContainText(
    rz.comments.kind.reopen,
  );
});
