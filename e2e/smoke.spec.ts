import { expect, test, zh } from './fixtures.ts';

const CJK = /[\u4e00-\u9fff]/;

test('the login page greets a Chinese browser in Simplified Chinese', async ({ page, loginPage }) => {
  await loginPage.goto();
  await expect(loginPage.heading).toBeVisible();
  await expect(loginPage.heading).toHaveText(CJK);
  await expect(loginPage.username).toBeVisible();
  await expect(loginPage.password).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a visitor without a session is sent to the login page and back after signing in', async ({
  page,
  loginPage,
  library,
}) => {
  await page.goto('/admin/users');
  await expect(loginPage.heading).toBeVisible();
  await loginPage.login();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await library.page.getByRole('link', { name: zh.nav.library }).click();
  await expect(library.heading).toBeVisible();
});

test('after logging in, the sample issue 衡阳晚报 is in the library', async ({
  loginPage,
  library,
  shell,
}) => {
  await loginPage.goto();
  await loginPage.login();
  await expect(library.heading).toBeVisible();
  await expect(shell.logout).toBeVisible();
  await expect(library.row('衡阳晚报')).toHaveCount(1);
});

test('a wrong password is refused with a message in Chinese', async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.login('admin', 'not-the-password');
  await expect(loginPage.error).toHaveText(zh.errors.invalidCredentials);
});

test('the language switcher changes the UI to English and remembers it', async ({ page, loginPage }) => {
  await loginPage.goto();
  await page.getByLabel(zh.nav.language).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign in to Galley' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Galley' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
