import {
  articleAt,
  EditorPage,
  expect,
  ez,
  fill,
  loginByApi,
  offsetOf,
  readDownload,
  test,
  type ExportJson,
} from './editor.fixtures.ts';

test('offline edits stay on the device through a reload and are saved when the connection returns', async ({
  page,
  editor,
  issueId,
}) => {
  const context = page.context();
  await context.setOffline(true);
  await editor.card(2).getByRole('button', { name: ez.card.confirm }).click();
  await expect(editor.saveStatus).toHaveText(new RegExp(ez.save.offline));

  // Leaving with unsaved edits asks first.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  // Then the tab dies without a chance to save (a crash): the edit exists only on this device.
  await page.close({ runBeforeUnload: false });

  // Reopened with the network back but the server still unreachable for saves.
  let serverDown = true;
  await context.route('**/api/issues/*/document', (route) =>
    serverDown ? route.abort('internetdisconnected') : route.continue(),
  );
  await context.setOffline(false);
  const reopened = new EditorPage(await context.newPage());
  await reopened.open(issueId);
  await expect(reopened.page.getByRole('status').filter({ hasText: ez.save.restored })).toBeVisible();
  await expect(reopened.card(2).getByRole('button', { name: ez.card.confirm })).toHaveCount(0);
  await expect(reopened.saveStatus).toHaveText(new RegExp(ez.save.offline));

  // Back online: the browser's online event makes the editor save at once.
  serverDown = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await reopened.expectSaved();

  const server = (await (
    await reopened.page.request.get(`/api/issues/${issueId}/export`)
  ).json()) as ExportJson;
  expect(articleAt(server, offsetOf('刘群率队来衡调研'))?.confirmed).toBe(true);
  const exp = await reopened.downloadExport();
  expect(articleAt(exp, offsetOf('刘群率队来衡调研'))?.confirmed).toBe(true);
});

test('a second editor saving the same issue sees the conflict flow, never a silent overwrite', async ({
  browser,
  page,
  editor,
  issueId,
}) => {
  const otherContext = await browser.newContext({ locale: 'zh-CN' });
  const otherPage = await otherContext.newPage();
  await loginByApi(otherPage.request);
  const other = new EditorPage(otherPage);
  await other.open(issueId);

  // The first editor saves a new headline for article 1.
  const mine = editor.card(1).getByRole('textbox', { name: ez.card.headline, exact: true });
  await mine.fill('市委常委会召开会议（甲改）');
  await mine.press('Tab');
  await editor.expectSaved();

  // The second, still on the old revision, edits article 2 and tries to save.
  const theirs = other.card(2).getByRole('textbox', { name: ez.card.headline, exact: true });
  await theirs.fill('刘群率队来衡调研（乙改）');
  await theirs.press('Tab');
  const conflict = otherPage.getByRole('dialog', { name: ez.conflict.title });
  await expect(conflict).toBeVisible();
  await expect(other.saveStatus).toHaveAttribute('data-save-status', 'conflict');
  await expect(conflict).toContainText(ez.conflict.theirChanges);
  await expect(conflict).toContainText('市委常委会召开会议（甲改）');

  // Nothing was overwritten on the server.
  let server = (await (await page.request.get(`/api/issues/${issueId}/export`)).json()) as ExportJson;
  expect(server.articles[0]?.headline).toBe('市委常委会召开会议（甲改）');
  expect(server.articles[1]?.headline).toBe('刘群率队来衡调研生态环境工作并举行座谈');

  // Keeping mine needs an explicit confirmation; step back and reapply instead.
  await conflict.getByRole('button', { name: ez.conflict.keepMine }).click();
  await expect(conflict.getByRole('alert')).toHaveText(ez.conflict.confirmKeepMineText);
  await conflict.getByRole('button', { name: ez.conflict.cancel }).click();
  await conflict.getByRole('button', { name: ez.conflict.reapply }).click();
  await expect(conflict).toBeHidden();
  await expect(
    otherPage
      .getByRole('status')
      .filter({ hasText: fill(ez.conflict.reapplied, { applied: 1, clashed: 0 }) }),
  ).toBeVisible();
  await other.expectSaved();

  server = (await (await page.request.get(`/api/issues/${issueId}/export`)).json()) as ExportJson;
  expect(server.articles[0]?.headline).toBe('市委常委会召开会议（甲改）');
  expect(server.articles[1]?.headline).toBe('刘群率队来衡调研（乙改）');
  const [download] = await Promise.all([otherPage.waitForEvent('download'), other.download.click()]);
  const exp = await readDownload(download);
  expect(exp.articles.slice(0, 2).map((a) => a.headline)).toEqual([
    '市委常委会召开会议（甲改）',
    '刘群率队来衡调研（乙改）',
  ]);
  await otherContext.close();
});
