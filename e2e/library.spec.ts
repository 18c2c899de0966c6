import { readFileSync, writeFileSync } from 'node:fs';
import { expect, fill, test, textFile, zh } from './fixtures.ts';

const GB18030_FIXTURE = readFileSync(new URL('../fixtures/encodings/gb18030.txt', import.meta.url));

/** Column order of the library table. */
const COL = { date: 1, edition: 2, status: 3, articles: 4, flags: 5 } as const;

test('two imported files, UTF-8 and GB18030, show up in the library, filter, open, and the user logs out', async ({
  page,
  loginPage,
  library,
  importDialog,
  shell,
}, testInfo) => {
  // A publication of its own per attempt, so a retry on the same server does not see the first attempt's rows.
  const publication = `滨江晨报${'甲乙丙丁'[testInfo.retry] ?? '戊'}`;
  const utf8Name = `${publication}-2024-05-06-A01.txt`;
  const gbName = `${publication}-2024-05-07-A02.txt`;
  const runMark = `(run ${testInfo.testId} ${testInfo.retry} ${Date.now()})`;
  const utf8Text = `江边步道今起开放\n本报讯（记者 陈润）\n沿江十二公里步道今天上午全线开放，市民可以从滨江公园一路走到老码头。\n${runMark}\n`;
  // ASCII is the same in GB18030, so the mark keeps the bytes valid GB18030.
  const gbBytes = Buffer.concat([GB18030_FIXTURE, Buffer.from(`${runMark}\n`, 'ascii')]);

  await loginPage.goto();
  await loginPage.login();
  await expect(library.heading).toBeVisible();

  await library.importFiles.click();
  await expect(importDialog.dialog).toBeVisible();
  await importDialog.choose([
    textFile(utf8Name, utf8Text),
    { name: gbName, mimeType: 'text/plain', buffer: gbBytes },
  ]);

  // Before importing: the detected encoding, the first lines decoded, the metadata read from the name.
  const gbRow = importDialog.row(gbName);
  await expect(gbRow.getByText(/检测结果：gb18030/)).toBeVisible();
  await expect(gbRow.getByLabel(fill(zh.import.previewOf, { filename: gbName }))).toContainText(
    '老字号点心铺迎来年轻客流',
  );
  await expect(gbRow.getByLabel(zh.import.publication)).toHaveValue(publication);
  await expect(gbRow.getByLabel(zh.import.date)).toHaveValue('2024-05-07');
  await expect(gbRow.getByLabel(zh.import.edition)).toHaveValue('A02');
  await expect(importDialog.row(utf8Name).getByText(/检测结果：utf-8/)).toBeVisible();
  await expect(importDialog.row(utf8Name).getByLabel(zh.import.edition)).toHaveValue('A01');

  await importDialog.importButton(2).click();
  await expect(importDialog.status(utf8Name)).toHaveText(zh.import.imported);
  await expect(importDialog.status(gbName)).toHaveText(zh.import.imported);
  await expect(gbRow.getByRole('link', { name: zh.import.openImported })).toBeVisible();
  await expect(importDialog.dialog).toContainText(
    fill(zh.import.summary, { imported: 2, duplicates: 0, failed: 0 }),
  );
  await importDialog.close.click();
  await expect(importDialog.dialog).toBeHidden();

  // The library lists both as proposed, with the counts the server computed.
  const listed = await page.request.get(`/api/issues?publication=${encodeURIComponent(publication)}`);
  const { items } = (await listed.json()) as {
    items: { edition: string; articleCount: number; flagCount: number }[];
  };
  expect(items.map((issue) => issue.edition).sort()).toEqual(['A01', 'A02']);
  await expect(library.row(publication)).toHaveCount(2);
  for (const issue of items) {
    const row = library.row(publication).filter({ hasText: issue.edition });
    await expect(library.cell(row, COL.status)).toHaveText(zh.status.proposed);
    await expect(library.cell(row, COL.articles)).toHaveText(String(issue.articleCount));
    await expect(library.cell(row, COL.flags)).toHaveText(String(issue.flagCount));
  }
  await expect(library.cell(library.row(publication).filter({ hasText: 'A01' }), COL.date)).toHaveText(
    '2024年5月6日',
  );

  // Filters: by publication, then a one-day range, then a status nothing has.
  await library.publication.fill(publication);
  await expect(library.rows).toHaveCount(2);
  await expect(page).toHaveURL(/publication=/);
  await library.from.fill('2024-05-07');
  await library.to.fill('2024-05-07');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText('A02');
  await library.status.selectOption({ label: zh.status.approved });
  await expect(library.noMatch).toBeVisible();
  await library.clearFilters.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(library.publication).toHaveValue('');
  await expect(library.from).toHaveValue('');
  await expect(library.row(publication)).toHaveCount(2);
  // The sample issue is back too.
  await expect.poll(() => library.rows.count()).toBeGreaterThan(2);

  // Open the GB18030 issue: its source text reads correctly.
  await library
    .row(publication)
    .filter({ hasText: 'A02' })
    .getByRole('link', { name: publication, exact: true })
    .click();
  await expect(page).toHaveURL(/\/issues\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(publication);
  await expect(page.getByText('老字号点心铺迎来年轻客流').first()).toBeVisible();
  await shell.nav.getByRole('link', { name: zh.nav.library }).click();
  await expect(library.heading).toBeVisible();

  await shell.logout.click();
  await expect(loginPage.heading).toBeVisible();
  await page.goto('/');
  await expect(loginPage.heading).toBeVisible();
});

test('an empty, a binary and an oversized file are explained and nothing is imported', async ({
  loginPage,
  library,
  importDialog,
}, testInfo) => {
  const empty = '空白日报-2024-05-08-A01.txt';
  const binary = '乱码日报-2024-05-08-A01.txt';
  const huge = '超大日报-2024-05-08-A01.txt';

  await loginPage.goto();
  await loginPage.login();
  await library.importFiles.click();
  // On disk rather than in memory: the browser then reads the file itself instead of receiving 20 MB over CDP.
  const hugePath = testInfo.outputPath(huge);
  writeFileSync(hugePath, Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
  await importDialog.choose([
    { name: empty, mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: binary,
      mimeType: 'text/plain',
      buffer: readFileSync(new URL('../fixtures/encodings/binary.bin', import.meta.url)),
    },
  ]);
  await importDialog.fileInput.setInputFiles(hugePath);

  await expect(importDialog.status(empty)).toContainText(zh.errors.empty);
  await expect(importDialog.status(binary)).toContainText(zh.errors.binary);
  await expect(importDialog.status(huge)).toContainText('超过 20 MB');
  await expect(importDialog.importButton(0)).toBeDisabled();
  await importDialog.close.click();

  for (const name of ['空白日报', '乱码日报', '超大日报']) {
    await library.search.fill(name);
    await expect(library.noMatch).toBeVisible();
  }
});

test('a wrong encoding is explained, and a corrected edition is saved with the import', async ({
  loginPage,
  library,
  importDialog,
}, testInfo) => {
  const publication = `江城晚报${'甲乙丙丁'[testInfo.retry] ?? '戊'}`;
  const name = `${publication}-2024-06-01-A01.txt`;
  const bytes = Buffer.concat([
    GB18030_FIXTURE,
    Buffer.from(`(run ${testInfo.testId} ${Date.now()})\n`, 'ascii'),
  ]);

  await loginPage.goto();
  await loginPage.login();
  await library.importFiles.click();
  await importDialog.choose([{ name, mimeType: 'text/plain', buffer: bytes }]);
  const row = importDialog.row(name);
  await expect(row.getByText(/检测结果：gb18030/)).toBeVisible();

  await row.getByLabel(zh.import.encoding).selectOption('utf-8');
  await expect(importDialog.status(name)).toContainText(zh.errors.undecodable);
  await expect(importDialog.importButton(0)).toBeDisabled();
  await row.getByLabel(zh.import.encoding).selectOption('');
  await expect(importDialog.status(name)).toHaveText(zh.import.ready);

  await row.getByLabel(zh.import.edition).fill('A03');
  await importDialog.importButton(1).click();
  await expect(importDialog.status(name)).toHaveText(zh.import.imported);
  await importDialog.close.click();

  await library.search.fill(publication);
  await expect(library.row(publication)).toHaveCount(1);
  await expect(library.cell(library.row(publication), COL.edition)).toHaveText('A03');
});
