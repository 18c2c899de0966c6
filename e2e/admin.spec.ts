import { expect, fill, test, zh } from './fixtures.ts';

test('an administrator adds an editor, promotes them, and deactivates the account', async ({
  page,
  browser,
  loginPage,
  shell,
}, testInfo) => {
  const username = `chenrun${testInfo.retry}`;
  const displayName = '陈润';
  const password = 'correct horse battery';

  await loginPage.goto();
  await loginPage.login();
  await shell.nav.getByRole('link', { name: zh.nav.users }).click();
  await expect(page.getByRole('heading', { name: zh.admin.title, level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: zh.admin.addUser });
  await form.getByLabel(zh.admin.username).fill(username);
  await form.getByLabel(zh.admin.displayName).fill(displayName);
  await form.getByLabel(zh.admin.role).selectOption({ label: zh.roles.editor });
  await form.getByLabel(zh.admin.password).fill(password);
  await form.getByRole('button', { name: zh.admin.create }).click();
  await expect(form.getByRole('status')).toHaveText(fill(zh.admin.created, { name: displayName }));

  const row = page.getByRole('row').filter({ hasText: `@${username}` });
  const role = row.getByLabel(fill(zh.admin.roleFor, { name: displayName }));
  await expect(role).toHaveValue('editor');
  await role.selectOption({ label: zh.roles.supervisor });
  await page.reload();
  await expect(role).toHaveValue('supervisor');

  // The new account signs in elsewhere and has no user management.
  const other = await browser.newContext({ locale: 'zh-CN' });
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await otherPage.getByLabel(zh.login.username).fill(username);
  await otherPage.getByLabel(zh.login.password).fill(password);
  await otherPage.getByRole('button', { name: zh.login.submit }).click();
  await expect(otherPage.getByText(fill(zh.nav.signedInAs, { name: displayName }))).toBeAttached();
  await expect(otherPage.getByRole('link', { name: zh.nav.users })).toHaveCount(0);
  await otherPage.goto('/admin/users');
  await expect(otherPage.getByRole('alert')).toHaveText(zh.admin.forbidden);

  // Deactivated, the account can no longer sign in.
  await row.getByRole('button', { name: fill(zh.admin.deactivateFor, { name: displayName }) }).click();
  const confirm = page.getByRole('dialog', { name: fill(zh.admin.deactivateFor, { name: displayName }) });
  await confirm.getByRole('button', { name: zh.admin.deactivate }).click();
  await expect(row.getByText(zh.admin.deactivated)).toBeVisible();

  await otherPage.reload();
  await expect(otherPage.getByRole('heading', { name: zh.login.title })).toBeVisible();
  await otherPage.getByLabel(zh.login.username).fill(username);
  await otherPage.getByLabel(zh.login.password).fill(password);
  await otherPage.getByRole('button', { name: zh.login.submit }).click();
  await expect(otherPage.getByRole('alert')).toHaveText(zh.errors.accountDeactivated);
  await other.close();
});
