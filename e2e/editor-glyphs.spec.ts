import { expect, test } from './editor.fixtures.ts';

/**
 * Chinese must render with real glyphs, not tofu boxes. Missing glyphs all draw the same box, so two
 * different missing characters give identical screenshots; real glyphs of two different headlines do not.
 */
test('Chinese text in the editor renders with real glyphs', async ({ page, editor }) => {
  const headline = editor.row(2).locator('[data-role="headline"]');
  await expect(headline).toHaveText('市委常委会召开会议');
  const samples = ['市委常委会召开会议', '刘群率队来衡调研生', '\u0378'.repeat(9), '\u0379'.repeat(9)];
  await headline.evaluate((el, texts) => {
    const style = getComputedStyle(el);
    const box = document.createElement('div');
    box.id = 'glyph-probe';
    box.style.cssText = 'position:fixed;left:0;top:0;z-index:99;background:#fff;padding:4px';
    texts.forEach((text, i) => {
      const line = document.createElement('div');
      line.dataset.probe = String(i);
      line.style.cssText = `font:${style.font};color:#000;white-space:pre;display:inline-block`;
      line.textContent = text;
      box.append(line, document.createElement('br'));
    });
    document.body.append(box);
  }, samples);
  const shots = [];
  for (let i = 0; i < samples.length; i++) shots.push(await page.locator(`[data-probe="${i}"]`).screenshot());
  const [cjkA, cjkB, tofuA, tofuB] = shots;
  // The method can see tofu: two different missing characters look the same.
  expect(tofuA?.equals(tofuB as Buffer)).toBe(true);
  // Real glyphs: the two headlines differ from each other and from the boxes.
  expect(cjkA?.equals(cjkB as Buffer)).toBe(false);
  expect(cjkA?.equals(tofuA as Buffer)).toBe(false);
  // And the editor's own headline, as rendered in the source pane, is not a row of boxes.
  const rendered = await headline.screenshot();
  expect(rendered.length).toBeGreaterThan(0);
  expect(rendered.equals(tofuA as Buffer)).toBe(false);
});
