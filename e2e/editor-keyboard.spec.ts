import { articleAt, expect, lineOf, offsetOf, readDownload, test } from './editor.fixtures.ts';

test('keyboard only: move a boundary with undo and redo, split off a fused byline, merge and split again', async ({
  page,
  editor,
}) => {
  const keys = async (...list: string[]) => {
    for (const k of list) await page.keyboard.press(k);
  };
  // K from anywhere ends on the first article; then J steps forward.
  const gotoArticle = async (n: number) => {
    await keys('Escape', 'Escape', ...Array<string>(8).fill('k'), ...Array<string>(n - 1).fill('j'));
    await expect(editor.card(n)).toHaveAttribute('aria-current', 'true');
  };
  const before = await (async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), keys('Control+Shift+E')]);
    return readDownload(d);
  })();

  // 1. The boundary before 刘群率队来衡调研: select article 2, its boundary, up two text lines and back.
  const head = lineOf('刘群率队来衡调研');
  const up2 = lineOf('会议强调，要用好全市巩固');
  const up1 = lineOf('会议强调，要坚定不移地推进');
  await gotoArticle(2);
  await keys('b');
  await expect(editor.boundary(2)).toHaveAttribute('aria-pressed', 'true');
  await keys('ArrowUp', 'ArrowUp');
  expect(await editor.boundaryLine(2)).toBe(up2);
  await keys('ArrowDown', 'ArrowDown');
  expect(await editor.boundaryLine(2)).toBe(head);
  await keys('Control+z', 'Control+z');
  expect(await editor.boundaryLine(2)).toBe(up2);
  await keys('Control+Shift+z');
  expect(await editor.boundaryLine(2)).toBe(up1);

  // 2. The byline fused into the first paragraph of article 3: caret to its line, body, then select and byline.
  const fused = offsetOf('衡阳晚报讯 (全媒体记者 许珂) 金秋时节');
  const byline = '衡阳晚报讯 (全媒体记者 许珂)';
  await gotoArticle(3);
  await keys('i');
  for (let l = lineOf('150余万亩'); l < lineOf(byline); l++) await keys('ArrowDown');
  await keys('5');
  for (let i = 0; i < [...byline].length; i++) await keys('Shift+ArrowRight');
  await keys('4');

  // 3. Merge article 4 into 3, then split at the start of its headline again.
  await gotoArticle(4);
  await keys('m', 'i');
  for (let l = lineOf('150余万亩'); l < lineOf('加快把区块链技术'); l++) await keys('ArrowDown');
  await keys('s');
  await expect(editor.articles.getByRole('article')).toHaveCount(before.articles.length);
  await editor.expectSaved();

  const [download] = await Promise.all([page.waitForEvent('download'), keys('Control+Shift+E')]);
  const exp = await readDownload(download);
  expect(articleAt(exp, offsetOf('刘群率队来衡调研'))?.spans[0]?.start).toBe(
    offsetOf('会议强调，要坚定不移地推进'),
  );
  const harvest = articleAt(exp, fused);
  expect(harvest?.byline).toBe(byline);
  expect(harvest?.paragraphs[0]?.startsWith('金秋时节')).toBe(true);
  const zhu = articleAt(exp, offsetOf('加快把区块链技术'));
  expect(zhu?.spans).toEqual(articleAt(before, offsetOf('加快把区块链技术'))?.spans);
  expect(zhu?.id).not.toBe(harvest?.id);
});
