import { articleAt, expect, ez, fill, lineOf, offsetOf, test } from './editor.fixtures.ts';

const FRAGMENT = '检的月饼主要包括';
const MOONCAKE = '我市对月饼开展“体检”';

test('the headless fragment 检的月饼主要包括… is linked to the mooncake article', async ({ editor }) => {
  const fragmentLine = lineOf(FRAGMENT) + 1;
  const before = await editor.downloadExport();
  const count = before.articles.length;
  const mooncake = editor.articles
    .getByRole('article')
    .filter({ hasText: fill(ez.card.continuesAt, { line: fragmentLine }) });

  if ((await mooncake.count()) > 0) {
    // The proposal already linked it: unlink first, so the link below is made by hand.
    await mooncake.getByRole('button', { name: fill(ez.card.unlinkPart, { line: fragmentLine }) }).click();
    await expect(editor.articles.getByRole('article')).toHaveCount(count + 1);
    const unlinked = await editor.downloadExport();
    expect(articleAt(unlinked, offsetOf(FRAGMENT))?.id).not.toBe(articleAt(unlinked, offsetOf(MOONCAKE))?.id);
  }

  const total = await editor.articles.getByRole('article').count();
  const fragmentCard = editor.card(total);
  const targetCard = editor.card(total - 1);
  await expect(targetCard.getByRole('textbox', { name: ez.card.headline, exact: true })).toHaveValue(
    MOONCAKE,
  );
  await fragmentCard.getByRole('img', { name: ez.card.dragToLink }).dragTo(targetCard);
  await expect(editor.articles.getByRole('article')).toHaveCount(total - 1);
  await expect(
    editor.card(total - 1).getByText(fill(ez.card.continuesAt, { line: fragmentLine })),
  ).toBeVisible();
  await editor.expectSaved();

  const exp = await editor.downloadExport();
  const article = articleAt(exp, offsetOf(MOONCAKE));
  expect(article?.headline).toBe(MOONCAKE);
  expect(article?.spans).toHaveLength(2);
  expect(articleAt(exp, offsetOf(FRAGMENT))?.id).toBe(article?.id);
  expect(article?.spans[1]?.start).toBe(offsetOf(FRAGMENT));
  expect(article?.spans[1]?.link).toBeDefined();
  expect(article?.paragraphs.join('')).toContain('将抽检月饼30个批次，抽检的月饼主要包括');
});
