import { articleAt, expect, ez, lineOf, offsetOf, sampleSlice, test } from './editor.fixtures.ts';

const FUSED = '衡阳晚报讯 (全媒体记者 许珂) 金秋时节';
const BYLINE = '衡阳晚报讯 (全媒体记者 许珂)';

test('the byline fused into its first paragraph is split off with the mouse and a role key', async ({
  page,
  editor,
}) => {
  const start = offsetOf(FUSED);
  await editor.revealLine(lineOf(FUSED));
  // Make the whole line body first, so the split below is the editor's doing, whatever the proposal did.
  await editor.clickChar(start + 3);
  await page.keyboard.press('5');
  let exp = await editor.downloadExport();
  expect(articleAt(exp, start)?.byline).not.toBe(BYLINE);

  await editor.selectChars(start, start + [...BYLINE].length);
  await page.keyboard.press('4');
  await editor.expectSaved();
  exp = await editor.downloadExport();
  const article = articleAt(exp, start);
  expect(article?.byline).toBe(BYLINE);
  expect(article?.paragraphs[0]?.startsWith('金秋时节，稻谷飘香。')).toBe(true);
  expect(article?.roles.find((r) => r.start === start)).toMatchObject({
    role: 'byline',
    end: start + [...BYLINE].length,
  });
});

test('a line marked unassigned from the context menu leaves its article', async ({ page, editor }) => {
  const text = '市领导黄立、尹培国、朱春光分别参加调研或座谈。';
  const start = offsetOf(text);
  await editor.revealLine(lineOf(text));
  await editor.clickChar(start + 2, { button: 'right' });
  await page
    .getByRole('menu', { name: ez.menu.label })
    .getByRole('menuitem', { name: ez.menu.unassign })
    .click();
  await expect(editor.row(lineOf(text)).getByTitle(ez.source.unassigned).first()).toBeVisible();
  await editor.expectSaved();

  const exp = await editor.downloadExport();
  expect(exp.unassigned).toContainEqual({ start, end: start + [...text].length, label: null, text });
  expect(articleAt(exp, start)).toBeUndefined();
  expect(sampleSlice(start, start + 3)).toBe('市领导');
});
