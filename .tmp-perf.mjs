import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
const page = await ctx.newPage();
const base = 'http://127.0.0.1:4181';
await page.goto(base + '/login');
await page.getByLabel('用户名').fill('admin');
await page.getByLabel(/^密码$/).fill('test-admin-pass');
let t = Date.now();
await page.getByRole('button', { name: '登录' }).click();
await page.getByText(/共 10,00\d 条/).waitFor();
console.log('login → first page of 10k rendered (ms):', Date.now() - t);
const rows = await page.getByRole('table').getByRole('row').count();
console.log('rows in DOM:', rows);
for (const step of ['next', 'search', 'status', 'sort']) {
  t = Date.now();
  if (step === 'next') { await page.getByRole('button', { name: '下一页' }).click(); await page.getByText(/第 51–100 条/).waitFor(); }
  if (step === 'search') { await page.getByLabel('搜索标题和记者').fill('陈'); await page.waitForURL(/q=/); await page.locator('table[aria-busy="false"]').waitFor(); }
  if (step === 'status') { await page.getByLabel('状态').selectOption('approved'); await page.waitForURL(/status=/); await page.locator('table[aria-busy="false"]').waitFor(); }
  if (step === 'sort') { await page.getByRole('button', { name: '日期' }).click(); await page.waitForURL(/sort=/); await page.locator('table[aria-busy="false"]').waitFor(); }
  console.log(step, '(ms, incl. 300 ms debounce for search):', Date.now() - t, await page.getByRole('navigation', { name: '分页' }).locator('p').textContent());
}
await page.screenshot({ path: '/tmp/galley-try/big.png' });
await browser.close();
