import { articleAt, expect, ez, fill, offsetOf, test } from './editor.fixtures.ts';

test('a headline typo is fixed in its field; the burst of typing is one undo step', async ({
  page,
  editor,
}) => {
  const printed = '150余万亩 一季稻迎来收割季';
  const fixed = '150余万亩一季稻迎来收割季';
  const headline = editor.card(3).getByRole('textbox', { name: ez.card.headline, exact: true });
  await expect(headline).toHaveValue(printed);
  await headline.click();
  await page.keyboard.press('End');
  for (let i = 0; i < [...'一季稻迎来收割季'].length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  // A slip and its correction inside the same burst.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(headline).toHaveValue(fixed);
  await expect(editor.card(3).getByText(ez.card.overridden)).toBeVisible();

  await editor.undo.click();
  await expect(headline).toHaveValue(printed);
  await editor.redo.click();
  await expect(headline).toHaveValue(fixed);
  await editor.expectSaved();

  const exp = await editor.downloadExport();
  const article = articleAt(exp, offsetOf(printed));
  expect(article?.headline).toBe(fixed);
  expect(article?.overrides).toContain('headline');
});

test('a reporter is added from the roster with autocomplete and another removed', async ({
  page,
  editor,
}) => {
  const card = editor.card(4);
  await expect(card.getByRole('listitem').filter({ hasText: '罗文鹏' })).toBeVisible();
  const add = card.getByRole('combobox', { name: ez.reporters.add });
  await add.click();
  await page.keyboard.type('许');
  const option = page
    .getByRole('listbox', { name: ez.reporters.suggestions })
    .getByRole('option', { name: /许珂/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText('全媒体记者');
  await option.click();
  await expect(card.getByRole('listitem').filter({ hasText: '许珂' })).toBeVisible();
  await card.getByRole('button', { name: fill(ez.reporters.remove, { name: '罗文鹏' }) }).click();
  await expect(card.getByRole('listitem').filter({ hasText: '罗文鹏' })).toHaveCount(0);

  // A name the roster does not know is marked new (unique per run: saved names join the roster).
  const stranger = `欧阳${String.fromCodePoint(0x4e00 + (Date.now() % 20_000))}${String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 20_000))}`;
  await add.click();
  await page.keyboard.type(stranger);
  await page.keyboard.press('Enter');
  const newcomer = card.getByRole('listitem').filter({ hasText: stranger });
  await expect(newcomer.getByText(ez.reporters.newName, { exact: true })).toBeVisible();
  await expect(
    card.getByRole('listitem').filter({ hasText: '许珂' }).getByText(ez.reporters.newName, { exact: true }),
  ).toHaveCount(0);
  await editor.expectSaved();

  const exp = await editor.downloadExport();
  const article = articleAt(exp, offsetOf('加快把区块链技术'));
  expect(article?.reporters).toEqual([
    { name: '许珂', role: '全媒体记者' },
    { name: stranger, role: null },
  ]);
  expect(article?.overrides).toContain('reporters');
});
