/**
 * Stored XSS: an issue whose headlines, bylines, reporter names and publication carry script payloads,
 * plus a comment carrying them, is shown in the library, the editor and the review screen. No dialog may
 * fire, the payloads must read literally, no injected element may exist, and the app must run under its
 * own CSP without a single violation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { E2E_ADMIN } from './env.ts';

const CSRF = { 'X-Galley-CSRF': '1' };
const STAMP = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  'javascript:alert(1)',
  '{{7*7}}',
  '<svg onload=alert(1)>',
  '"><iframe src="javascript:alert(1)">',
] as const;

const PUBLICATION = `<img src=x onerror=alert(1)>日报${STAMP}`;
const TEXT = [
  `<script>alert(1)</script>头版要闻${STAMP}`,
  '本报记者 <img src=x onerror=alert(1)> 报道',
  '正文第一段提到 javascript:alert(1) 和 {{7*7}} 两个字符串。',
  '',
  '{{7*7}}市委召开<svg onload=alert(1)>会议',
  '记者 "><iframe src="javascript:alert(1)"> 张三',
  '会议强调，要做好 <a href="javascript:alert(1)">点我</a> 的各项工作。',
  '',
].join('\n');
const COMMENT = `请核对：${PAYLOADS.join(' ')}`;

interface Watch {
  dialogs: string[];
  cspViolations: string[];
  errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], cspViolations: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m: ConsoleMessage) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply|evaluate)/i.test(m.text())) {
      w.cspViolations.push(m.text());
    }
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

async function expectNoInjectedElements(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"], svg[onload], iframe, a[href^="javascript:"]')).toHaveCount(0);
  // The only scripts are the bundle's own, loaded from our origin.
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
}

test('script payloads in an issue and a comment render as text in the library, editor and review screen', async ({
  page,
}) => {
  const w = watch(page);
  const login = await page.request.post('/api/auth/login', {
    headers: CSRF,
    data: { username: E2E_ADMIN.username, password: E2E_ADMIN.password },
  });
  expect(login.ok()).toBe(true);
  const imported = await page.request.post('/api/issues/import', {
    headers: CSRF,
    multipart: {
      publication: PUBLICATION,
      files: { name: `xss-${STAMP}.txt`, mimeType: 'text/plain', buffer: Buffer.from(TEXT, 'utf8') },
    },
  });
  expect(imported.ok(), await imported.text()).toBe(true);
  const issueId = ((await imported.json()) as { results: { issueId?: string }[] }).results[0]?.issueId;
  expect(issueId).toBeTruthy();
  const comment = await page.request.post(`/api/issues/${issueId}/comments`, {
    headers: CSRF,
    data: { body: COMMENT },
  });
  expect(comment.ok(), await comment.text()).toBe(true);
  const submitted = await page.request.post(`/api/issues/${issueId}/submit`, {
    headers: CSRF,
    data: { message: PAYLOADS.join(' ') },
  });
  expect(submitted.ok(), await submitted.text()).toBe(true);

  // The library, filtered by the hostile publication through the URL (a reflected path too).
  await page.goto(`/?publication=${encodeURIComponent(PUBLICATION)}`);
  await expect(page.getByText(PUBLICATION).first()).toBeVisible();
  await expectNoInjectedElements(page);

  await page.goto(`/issues/${issueId}`);
  await expect(page.getByText(`<script>alert(1)</script>头版要闻${STAMP}`).first()).toBeVisible();
  await expect(page.getByText('本报记者 <img src=x onerror=alert(1)> 报道').first()).toBeVisible();
  await expectNoInjectedElements(page);

  await page.goto(`/review/${issueId}`);
  await expect(page.getByText(`<script>alert(1)</script>头版要闻${STAMP}`).first()).toBeVisible();
  await expect(page.getByText(`：${PAYLOADS.join(' ')}`).first()).toBeVisible(); // the submit message
  await page.getByRole('tab', { name: /^评论/ }).click();
  await expect(page.getByText(COMMENT).first()).toBeVisible();
  await expectNoInjectedElements(page);

  expect(w.dialogs).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.errors).toEqual([]);

  mkdirSync('test-results/reliability', { recursive: true });
  writeFileSync(
    'test-results/reliability/xss-e2e.txt',
    `xss e2e: ${PAYLOADS.length} payloads in headline, byline, body, publication, comment and submit message; 3 screens; 0 dialogs, 0 CSP violations\n`,
  );
});

test('the API answers HTML and JSON with the strict security headers the CSP test relies on', async ({
  request,
}) => {
  for (const path of ['/', '/api/health']) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['referrer-policy']).toBeTruthy();
  }
});
