import { articleAt, expect, ez, lineOf, offsetOf, test } from './editor.fixtures.ts';

const LIU_QUN = '刘群率队来衡调研生态环境工作并举行座谈';

test('dragging the boundary before 刘群率队来衡调研 up two lines and back, with undo and redo', async ({
  page,
  editor,
}) => {
  const headLine = lineOf(LIU_QUN);
  // Two text lines up (blank lines between paragraphs do not count): the paragraph starting 会议强调，要用好.
  const targetLine = lineOf('会议强调，要用好全市巩固');
  await editor.card(2).getByRole('heading').click();
  const handle = editor.boundary(2);
  await expect(handle).toBeVisible();
  expect(await editor.boundaryLine(2)).toBe(headLine);

  const drag = async (toLine: number) => {
    const from = await editor.boundary(2).boundingBox();
    const to = await editor.row(toLine).boundingBox();
    if (!from || !to) throw new Error('not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Several moves: the preview follows the pointer; the whole drag is still one undo step.
    await page.mouse.move(from.x + from.width / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x + 120, to.y + 12, { steps: 4 });
    await page.mouse.up();
  };

  await drag(targetLine);
  expect(await editor.boundaryLine(2)).toBe(targetLine);
  await drag(headLine);
  expect(await editor.boundaryLine(2)).toBe(headLine);

  await page.keyboard.press('Control+z');
  expect(await editor.boundaryLine(2)).toBe(targetLine);
  await editor.undo.click();
  expect(await editor.boundaryLine(2)).toBe(headLine);
  await page.keyboard.press('Control+Shift+z');
  expect(await editor.boundaryLine(2)).toBe(targetLine);
  await expect(editor.redo).toBeEnabled();
  await editor.expectSaved();

  const exp = await editor.downloadExport();
  const liu = exp.articles.find((a) => a.headline === LIU_QUN);
  expect(liu?.spans[0]?.start).toBe(offsetOf('会议强调，要用好全市巩固'));
  expect(liu?.paragraphs.some((p) => p.startsWith('会议强调，要坚定不移地推进'))).toBe(true);
  expect(articleAt(exp, offsetOf('会议强调，要牢牢把握残疾人工作'))?.headline).toBe('市委常委会召开会议');
});

test('merging two articles and splitting them again restores both', async ({ page, editor }) => {
  const before = await editor.downloadExport();
  const zhuJian = before.articles.find((a) => a.headline.startsWith('加快把区块链技术'));
  expect(zhuJian).toBeDefined();

  await editor.card(4).getByRole('button', { name: ez.card.merge }).click();
  await expect(editor.articles.getByRole('article')).toHaveCount(before.articles.length - 1);
  const merged = await editor.downloadExport();
  expect(articleAt(merged, offsetOf('加快把区块链技术'))?.id).toBe(
    articleAt(merged, offsetOf('150余万亩'))?.id,
  );

  // Split with the mouse: right-click the first character of the old headline, "Split here".
  const at = offsetOf('加快把区块链技术');
  await editor.revealLine(lineOf('加快把区块链技术'));
  await editor.clickChar(at, { button: 'right' });
  await page
    .getByRole('menu', { name: ez.menu.label })
    .getByRole('menuitem', { name: ez.menu.splitHere })
    .click();
  await expect(editor.articles.getByRole('article')).toHaveCount(before.articles.length);

  const after = await editor.downloadExport();
  const again = articleAt(after, at);
  expect(again?.spans).toEqual(zhuJian?.spans);
  expect(again?.headline).toBe(zhuJian?.headline);
  expect(after.articles.map((a) => a.spans[0]?.start)).toEqual(before.articles.map((a) => a.spans[0]?.start));
});
